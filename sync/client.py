"""HTTP client of the HQ server (requests): login, push batches, upload attachments, pull reference data.

Knows the wire format and nothing about the app's database. Errors are split by what the caller should do:
``TransportError`` (connection dropped, timeout, 5xx, a corrupted upload, 429 as ``ThrottledError``: retry
later, it is safe because every record has a client id and a hash), ``AuthError`` (401: log in again),
``RedirectRefused`` (any 3xx: no redirect is ever followed) and ``ServerRejected`` (any other 4xx:
retrying the same request will not help). Messages are Vietnamese, for the officer.
"""

from __future__ import annotations

import gzip
import ipaddress
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit

import requests

from .protocol import (
    API_PREFIX,
    BODY_HASH_HEADER,
    MAX_BATCH_RECORDS,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    BatchRecord,
    ErrorCode,
    RecordResult,
    parse_error_envelope,
    sha256_hex,
)

# (connect, read). A server that is down or unreachable must be reported within 5 seconds (the sync dialog then
# counts down to the next attempt), so the connect wait is short: a reachable HQ, even over a slow mobile link,
# answers a SYN in well under a second. The read wait stays long: a big batch on a slow link takes a while.
CONNECT_TIMEOUT = 4.0
READ_TIMEOUT = 120.0
DEFAULT_TIMEOUT = (CONNECT_TIMEOUT, READ_TIMEOUT)
GZIP_MIN_BYTES = 4096


class ClientError(Exception):
    """Base of client errors; ``message`` is Vietnamese."""

    def __init__(self, message: str, *, code: str = "error", status: int | None = None, details: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.status = status
        self.details = details


class InsecureServerError(ClientError):
    """A plain-HTTP address that is not loopback."""


class TransportError(ClientError):
    """The request may or may not have reached the server: safe to retry."""


class ThrottledError(TransportError):
    """429: the server asks to wait ``retry_after`` seconds (e.g. after wrong passwords); not a network fault."""

    def __init__(self, message: str, *, retry_after: int, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class AuthError(ClientError):
    """401: the token is missing, expired or revoked; log in again."""


class ServerRejected(ClientError):
    """The server understood the request and refused it (4xx other than 401)."""


class RedirectRefused(ServerRejected):
    """The server answered with a redirect; the client follows none (review D3)."""


def check_server_url(url: str) -> str:
    """Normalised base URL; HTTPS is required except to loopback (raises InsecureServerError)."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InsecureServerError(f"Địa chỉ máy chủ không hợp lệ: {url!r} (ví dụ https://hq.example.vn)",
                                  code="bad_url")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise InsecureServerError(
            f"Máy chủ {parts.hostname} phải dùng HTTPS; HTTP chỉ được phép tới chính máy này (127.0.0.1)",
            code="insecure")
    return url.strip().rstrip("/")


def is_loopback(host: str) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _retry_after(resp: requests.Response, details: Any) -> int:
    """Seconds to wait from ``Retry-After`` (or the envelope's ``retry_after``); 0 if neither says."""
    for value in (resp.headers.get("Retry-After", ""),
                  str(details.get("retry_after", "")) if isinstance(details, dict) else ""):
        if value.strip().isdigit():
            return int(value.strip())
    return 0


@dataclass(frozen=True)
class LoginResult:
    """What a successful login returns."""

    token: str
    device_id: str
    unit_code: str
    full_name: str
    expires_at: str


@dataclass(frozen=True)
class ReferencePage:
    """One page of reference data and the cursor to ask with next time."""

    items: list[dict[str, Any]]
    cursor: int
    has_more: bool


class HQClient:
    """A session with one HQ server. Not thread-safe (one per worker thread)."""

    def __init__(self, base_url: str, token: str | None = None, *, ca_bundle: str | None = None,
                 timeout: tuple[float, float] = DEFAULT_TIMEOUT, session: requests.Session | None = None) -> None:
        self.base_url = check_server_url(base_url)
        self.token = token
        self.timeout = timeout
        self.session = session or requests.Session()
        # Certificates are always verified; a unit's own CA bundle replaces the system store when given. It
        # is passed with every request: requests lets REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE override
        # Session.verify, which would silently drop the unit's own CA (review D13).
        self.tls_verify: str | bool = ca_bundle if ca_bundle else True
        self.session.verify = self.tls_verify
        self.session.headers[PROTOCOL_HEADER] = str(PROTOCOL_VERSION)
        self.session.headers["User-Agent"] = f"qltt-inspector-sync/{PROTOCOL_VERSION}"

    def close(self) -> None:
        """Close pooled connections."""
        self.session.close()

    # -- plumbing -------------------------------------------------------------------------------------
    def _request(self, method: str, path: str, *, auth: bool = True, **kwargs: Any) -> dict[str, Any]:
        headers = dict(kwargs.pop("headers", {}) or {})
        if auth:
            if not self.token:
                raise AuthError("Chưa đăng nhập máy chủ", code=ErrorCode.UNAUTHORIZED, status=401)
            headers["Authorization"] = f"Bearer {self.token}"
        url = self.base_url + API_PREFIX + path
        try:
            # No redirects, ever: a hop could leave HTTPS or the configured host with the password or the
            # documents (review D3); requests would follow one and strip only the Authorization header.
            resp = self.session.request(method, url, headers=headers, timeout=self.timeout, verify=self.tls_verify,
                                        allow_redirects=False, **kwargs)
        except requests.exceptions.SSLError as exc:
            raise ServerRejected(f"Không xác minh được chứng chỉ của máy chủ {self.base_url}: {exc}",
                                 code="tls") from exc
        except requests.exceptions.RequestException as exc:
            raise TransportError(f"Không kết nối được máy chủ {self.base_url}: {type(exc).__name__}",
                                 code="network") from exc
        try:
            body = resp.json()
        except ValueError:
            body = None
        if resp.ok and isinstance(body, dict) and body.get("ok") is True:
            return body
        parsed = parse_error_envelope(body)
        code, message, details = parsed if parsed else ("http_" + str(resp.status_code),
                                                        f"Máy chủ trả lời HTTP {resp.status_code}", None)
        if resp.is_redirect or 300 <= resp.status_code < 400:
            target = resp.headers.get("Location", "")
            raise RedirectRefused(
                f"Máy chủ {self.base_url} chuyển hướng sang {target or 'địa chỉ khác'}; ứng dụng không đi theo "
                "chuyển hướng (mật khẩu và văn bản chỉ gửi thẳng tới máy chủ đã cấu hình). Hãy dùng đúng địa chỉ "
                "máy chủ.", code="redirect", status=resp.status_code, details={"location": target})
        if resp.status_code == 401:
            raise AuthError(message or "Cần đăng nhập lại", code=code, status=401, details=details)
        if resp.status_code == 429:
            raise ThrottledError(message or "Máy chủ yêu cầu chờ rồi thử lại", code=code, status=429,
                                 details=details, retry_after=_retry_after(resp, details))
        if resp.status_code >= 500 or resp.status_code == 408 or code == ErrorCode.HASH_MISMATCH:
            # A hash mismatch on upload means the bytes were damaged on the way: sending again can work.
            raise TransportError(message, code=code, status=resp.status_code, details=details)
        if resp.ok:  # 2xx without the success envelope: a proxy or a captive portal answered
            raise TransportError(f"Máy chủ trả lời không đúng giao thức (HTTP {resp.status_code})",
                                 code="bad_response", status=resp.status_code)
        raise ServerRejected(message, code=code, status=resp.status_code, details=details)

    # -- API ------------------------------------------------------------------------------------------
    def health(self) -> dict[str, Any]:
        """Server liveness and protocol version."""
        return self._request("GET", "/health", auth=False)

    def login(self, username: str, password: str, device_name: str = "", installation_id: str = "") -> LoginResult:
        """Exchange credentials for a device token (also kept on this client); ``installation_id`` lets the
        server revoke this installation's older tokens."""
        body = self._request("POST", "/login", auth=False,
                             json={"username": username, "password": password, "device_name": device_name,
                                   "installation_id": installation_id})
        self.token = str(body["token"])
        return LoginResult(token=self.token, device_id=str(body["device_id"]), unit_code=str(body["unit_code"]),
                           full_name=str((body.get("officer") or {}).get("full_name", "")),
                           expires_at=str(body.get("expires_at", "")))

    def logout(self) -> None:
        """Revoke this client's token on the server."""
        self._request("POST", "/logout")
        self.token = None

    def push_batch(self, records: Sequence[BatchRecord]) -> list[RecordResult]:
        """Send at most MAX_BATCH_RECORDS records; one result per record, in order."""
        if len(records) > MAX_BATCH_RECORDS:
            raise ValueError(f"at most {MAX_BATCH_RECORDS} records per batch")
        raw = json.dumps({"protocol": PROTOCOL_VERSION, "records": [r.to_wire() for r in records]},
                         ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        headers = {"Content-Type": "application/json"}
        if len(raw) >= GZIP_MIN_BYTES:
            raw = gzip.compress(raw, compresslevel=5)  # canonical JSON compresses ~5x; level 5 is cheap
            headers["Content-Encoding"] = "gzip"
        headers[BODY_HASH_HEADER] = sha256_hex(raw)
        body = self._request("POST", "/batches", data=raw, headers=headers)
        try:
            results = [RecordResult.from_wire(r) for r in body["results"]]
        except (KeyError, TypeError, ValueError) as exc:
            raise TransportError("Máy chủ trả lời lô không đúng giao thức", code="bad_response") from exc
        if [r.id for r in results] != [r.id for r in records]:
            raise TransportError("Máy chủ trả lời lô không khớp với các bản ghi đã gửi", code="bad_response")
        return results

    def put_attachment(self, sha256: str, data: bytes, media_type: str = "application/octet-stream") -> dict[str, Any]:
        """Upload one attachment by its hash (idempotent)."""
        return self._request("PUT", f"/attachments/{sha256}", data=data, headers={"Content-Type": media_type})

    def put_copy(self, document_id: str, document_sha256: str, data: bytes, role: str = "printed") -> dict[str, Any]:
        """Upload the PDF printed on site (``printed``) or a scanned signed copy (``scan``) of a stored
        document, bound to the document's SHA-256 (idempotent)."""
        return self._request("PUT", f"/attachments/{sha256_hex(data)}/copy", data=data,
                             headers={"Content-Type": "application/pdf"},
                             params={"document_id": document_id, "document_sha256": document_sha256, "role": role})

    def pull_reference(self, cursor: int, limit: int = 500) -> ReferencePage:
        """One page of reference data after ``cursor``."""
        body = self._request("GET", "/reference", params={"cursor": cursor, "limit": limit})
        return ReferencePage(items=list(body["items"]), cursor=int(body["cursor"]), has_more=bool(body["has_more"]))

    def get_document(self, document_id: str) -> dict[str, Any]:
        """A stored record of this device's unit."""
        return dict(self._request("GET", f"/documents/{quote(document_id, safe='')}")["document"])

    def verify(self, document_id: str, hash_prefix: str) -> dict[str, Any]:
        """Whether a printed QR matches the stored record (no login needed)."""
        return self._request("GET", f"/documents/{quote(document_id, safe='')}/verify", auth=False, params={"h": hash_prefix})
