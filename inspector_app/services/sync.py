"""Sync use cases: log in to the HQ server, push final documents and their attachments, pull reference
data, and show what is stuck and why.

Pessimistic and per item (like ODK Collect's submitter): the outbox row moves to ``sending`` before the
network call and to its outcome after the answer, so a crash or a dropped connection leaves a known state,
and the next attempt simply sends again (the server answers "duplicate" for a record it already has).
Failures that may pass (network, 5xx, a damaged upload) are retried with exponential backoff and full
jitter; a 401 stops the queue and asks for a new login; conflicts and rejections stay listed with their
reason. The token lives in the OS keyring only.

No Qt here: the UI calls ``sync()`` from its worker thread with a progress callback and a cancel flag.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import math
import platform
import random
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any, Protocol

from inspector_app.domain.clock import Clock
from inspector_app.domain.errors import InspectorError, Problem
from inspector_app.services.cases import too_large_attachment
from inspector_app.store import outbox, scans
from inspector_app.store.outbox import OutboxItem, OutboxRow
from inspector_app.store.reference import ReferenceItem, ReferenceStore
from inspector_app.store.repository import Repository
from inspector_app.store.settings import (
    REFERENCE_CURSOR,
    SYNC_CA_BUNDLE,
    SYNC_DEVICE,
    SYNC_INSTALLATION,
    SYNC_LAST_SUCCESS,
    SYNC_SERVER,
    SYNC_USERNAME,
)
from sync.client import (
    AuthError,
    ClientError,
    HQClient,
    InsecureServerError,
    LoginResult,
    ServerRejected,
    ThrottledError,
    TransportError,
    check_server_url,
)
from sync.protocol import (
    DEVICE_REVOKED,
    MAX_ATTACHMENT_BYTES,
    MAX_BATCH_RECORDS,
    BatchRecord,
    RecordResult,
    RecordStatus,
)

from . import printed

# KEYRING_SERVICE is re-exported: tests and tools name it here.
from .secrets import KEYRING_SERVICE as KEYRING_SERVICE
from .secrets import TokenStore

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
ReferenceCheck = Callable[[str, str, Any], list[Problem]]
Cancel = Callable[[], bool]


def _records(items: list[OutboxItem]) -> list[BatchRecord]:
    """The wire records of outbox items (the canonical text exactly as stored at finalisation)."""
    return [BatchRecord(id=i.document_id, kind=i.kind, sha256=i.sha256, canonical=i.canonical,
                        supersedes=i.supersedes, attachments=i.attachments) for i in items]


class DeviceRevokedError(InspectorError):
    """HQ revoked this device: its synced data was wiped, the unsynced documents were kept."""

    code = "device_revoked"


class AuthRequiredError(InspectorError):
    """The server needs a (new) login: no token, or it expired or was revoked."""

    code = "auth_required"


class SyncNetworkError(InspectorError):
    """The server could not be reached (after the retries)."""

    code = "network"


class SyncServerError(InspectorError):
    """The server refused a whole request (not a per-record answer)."""

    code = "server"


class SyncBusyError(InspectorError):
    """Another sync of this data dir is running (another window, or ``inspector sync`` in a terminal)."""

    code = "sync_busy"


SYNC_LOCK_FILE = "sync.lock"


@contextmanager
def sync_lock(data_dir: Path) -> Iterator[None]:
    """Hold this data dir's sync lock, or raise SyncBusyError at once (review D16).

    An OS file lock: the system releases it when the holder dies, so a killed sync never blocks the next.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    fh = open(data_dir / SYNC_LOCK_FILE, "a+b")  # noqa: SIM115 - held until the end of the with-block
    try:
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            raise SyncBusyError("Máy này đang đồng bộ (ở cửa sổ khác hoặc lệnh khác); hãy chờ lần đồng bộ đó "
                                "xong rồi thử lại. Dữ liệu không bị ảnh hưởng.") from exc
        yield
    finally:
        fh.close()


class LoginThrottledError(InspectorError):
    """The server asks to wait before the next login (after wrong passwords): not a network problem."""

    code = "throttled"


def throttled(exc: ThrottledError) -> LoginThrottledError:
    """The officer's message for a throttled login (review D7)."""
    wait = f" Hãy thử lại sau {exc.retry_after} giây." if exc.retry_after else ""
    return LoginThrottledError(f"Máy chủ tạm thời không nhận đăng nhập của tài khoản này từ máy này: {exc.message}."
                               f"{wait} Mạng vẫn bình thường.", details={"retry_after": exc.retry_after})


class HQClientLike(Protocol):
    """What the service needs from ``sync.client.HQClient`` (a test can give a real client on a proxy)."""

    token: str | None

    def login(self, username: str, password: str, device_name: str = "",  # noqa: D102
              installation_id: str = "") -> LoginResult: ...
    def logout(self) -> None: ...  # noqa: D102
    def push_batch(self, records: list[BatchRecord]) -> list[RecordResult]: ...  # noqa: D102
    def put_attachment(self, sha256: str, data: bytes, media_type: str = ...) -> dict[str, Any]: ...  # noqa: D102
    def pull_reference(self, cursor: int, limit: int = ...) -> Any: ...  # noqa: D102
    def put_copy(self, document_id: str, document_sha256: str, data: bytes, role: str = ...) -> Any: ...  # noqa: D102
    def close(self) -> None: ...  # noqa: D102


ClientFactory = Callable[[str, "str | None", "str | None"], HQClientLike]


def default_client_factory(server: str, token: str | None, ca_bundle: str | None) -> HQClientLike:
    """A real HTTP client (certificates verified; ``ca_bundle`` for a unit's own CA)."""
    return HQClient(server, token, ca_bundle=ca_bundle)


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with full jitter: attempt n waits uniform(0, min(cap, base·2ⁿ⁻¹)) seconds."""

    base: float = 1.0
    cap: float = 60.0
    max_failures: int = 8  # consecutive failed requests before this run gives up (the outbox keeps state)

    def delay(self, failures: int, rng: random.Random) -> float:
        """Seconds to wait after ``failures`` consecutive failures."""
        return rng.uniform(0, min(self.cap, self.base * (2 ** max(0, failures - 1))))


@dataclass
class LoginInfo:
    """The result of ``login``: who, which unit, and whether the token could be kept."""

    server: str
    username: str
    unit_code: str
    full_name: str
    token_stored: bool
    message: str


@dataclass
class SyncReport:
    """What one ``sync()`` did and what is left."""

    server: str
    sent: int = 0  # records answered accepted or duplicate this run
    accepted: int = 0
    duplicates: int = 0
    conflicts: int = 0
    rejected: int = 0
    attachments_uploaded: int = 0
    copies_uploaded: int = 0  # PDFs printed on site sent to HQ this run
    copies_waiting: str = ""  # why printed PDFs wait for the next sync (they never make a sync incomplete)
    scans_uploaded: int = 0  # scanned signed copies sent to HQ this run
    reference_items: int = 0
    retries: int = 0
    pending: int = 0  # still to send after this run
    stuck: int = 0  # conflict + rejected rows in the outbox (old ones included)
    cancelled: bool = False
    reference_complete: bool = False
    errors: list[str] = field(default_factory=list)
    # Reference items HQ sent that failed the checks and were not stored ("kind key: reason"); the rest of
    # the reference data is unaffected, so they do not make the run incomplete.
    reference_rejected: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """True only when every final document is on the server and reference data is up to date."""
        return (self.pending == 0 and self.stuck == 0 and not self.cancelled and self.reference_complete
                and not self.errors)

    def to_dict(self) -> dict[str, Any]:
        """Plain form for ``--json``."""
        data = {k: v for k, v in self.__dict__.items()}
        data["complete"] = self.complete
        return data


@dataclass
class ThreadReport:
    """Counters of one upload thread, added to the run's report under a lock."""

    retries: int = 0


def _file_names(items: list[OutboxItem]) -> dict[str, str]:
    """``{sha256: file name}`` from the documents' own attachment lists (for messages)."""
    names: dict[str, str] = {}
    for item in items:
        try:
            for att in json.loads(item.canonical).get("attachments") or []:
                if isinstance(att, dict) and att.get("sha256") and att.get("filename"):
                    names.setdefault(str(att["sha256"]), str(att["filename"]))
        except (ValueError, AttributeError):
            continue
    return names


class _GiveUp(Exception):
    """Too many consecutive transient failures in this run."""


class SyncService:
    """Log in, push, pull, report. One instance per installation; use from one thread at a time."""

    def __init__(self, repo: Repository, data_dir: Path, clock: Clock,
                 client_factory: ClientFactory = default_client_factory, token_store: TokenStore | None = None,
                 *, batch_size: int = 500, upload_workers: int = 3, backoff: Backoff | None = None,
                 copies_per_sync: int = 100,
                 sleep: Callable[[float], None] = time.sleep, rng: random.Random | None = None,
                 reference_check: ReferenceCheck | None = None,
                 on_revoked: Callable[[], Any] | None = None) -> None:
        self.repo = repo
        self.reference = ReferenceStore(repo)
        # What HQ pushes is checked before it is written (the rules service knows the catalog, the calendar
        # and the number blocks); the composition root hands in its RulesService's check.
        self._reference_check = reference_check
        # Called when HQ says this device was revoked (the composition root wires the wipe of synced data);
        # whatever it returns has a ``message()`` for the officer.
        self.on_revoked = on_revoked
        self.data_dir = Path(data_dir)
        self.clock = clock
        self.client_factory = client_factory
        self.tokens = token_store or TokenStore()
        self.batch_size = max(1, min(batch_size, MAX_BATCH_RECORDS))
        self.upload_workers = max(1, upload_workers)
        self.copies_per_sync = max(0, copies_per_sync)
        self._run: tuple[str, str | None] = ("", None)  # server and token of the sync in progress
        # The progress and cancel callbacks of the sync in progress: the waits between retries report
        # through them (what failed, seconds to the next attempt) and stop early on Cancel.
        self._announce: Progress = lambda _d, _t, _m: None
        self._stop: Cancel = lambda: False
        self.backoff = backoff or Backoff()
        self.sleep = sleep
        self.rng = rng or random.Random()

    # -- configuration -------------------------------------------------------------------------------
    def _now(self) -> str:
        return self.clock.now().isoformat(timespec="seconds")

    def configured_server(self) -> tuple[str, str]:
        """``(server, username)`` of the last login ('' if none)."""
        return self.repo.get_setting(SYNC_SERVER), self.repo.get_setting(SYNC_USERNAME)

    def last_success_at(self) -> str:
        """When the last complete sync ended ('' if never)."""
        return self.repo.get_setting(SYNC_LAST_SUCCESS)

    def keyring_available(self) -> bool:
        """True if tokens can be kept in the OS keyring."""
        return self.tokens.available()

    def set_ca_bundle(self, path: str) -> None:
        """Use a unit's own CA bundle (PEM file) to verify the server; '' for the system store."""
        if path and not Path(path).is_file():
            raise InspectorError(f"Không tìm thấy tệp chứng chỉ CA: {path}", code="bad_input")
        self.repo.set_setting(SYNC_CA_BUNDLE, str(Path(path).resolve()) if path else "")

    def _client(self, server: str, token: str | None) -> HQClientLike:
        try:
            return self.client_factory(server, token, self.repo.get_setting(SYNC_CA_BUNDLE) or None)
        except InsecureServerError as exc:
            raise InspectorError(exc.message, code="bad_input") from exc

    @staticmethod
    def _server_url(server: str) -> str:
        try:
            return check_server_url(server)
        except InsecureServerError as exc:
            raise InspectorError(exc.message, code="bad_input") from exc

    def _installation(self) -> str:
        """A random id of this installation, made once: HQ revokes the older tokens of the same installation
        at each login, so a login whose answer was lost leaves no token behind (review D17)."""
        value = self.repo.get_setting(SYNC_INSTALLATION)
        if not value:
            value = str(uuid.uuid4())
            with self.repo.write():
                self.repo.set_setting(SYNC_INSTALLATION, value)
        return value

    # -- login ---------------------------------------------------------------------------------------
    def login(self, server: str, username: str, password: str, device_name: str = "") -> LoginInfo:
        """Log in to ``server``; keep the device token in the OS keyring (never in the database or a file)."""
        server = self._server_url(server)
        if not username.strip() or not password:
            raise InspectorError("Cần nhập tên đăng nhập và mật khẩu", code="bad_input")
        client = self._client(server, None)
        try:
            result = client.login(username.strip(), password, device_name or platform.node(), self._installation())
        except AuthError as exc:
            raise InspectorError("Sai tên đăng nhập hoặc mật khẩu", code="auth_failed") from exc
        except ThrottledError as exc:
            raise throttled(exc) from exc
        except TransportError as exc:
            raise SyncNetworkError(f"Không kết nối được máy chủ {server}. Kiểm tra mạng rồi thử lại.") from exc
        except ServerRejected as exc:
            raise SyncServerError(f"Máy chủ từ chối đăng nhập: {exc.message}") from exc
        finally:
            client.close()
        stored = self.tokens.set(server, username.strip(), result.token)
        with self.repo.write():
            self.repo.set_setting(SYNC_SERVER, server)
            self.repo.set_setting(SYNC_USERNAME, username.strip())
            self.repo.set_setting(SYNC_DEVICE, result.device_id)
        if stored:
            message = f"Đã đăng nhập {server} với tài khoản {username} (đơn vị {result.unit_code})."
        else:
            message = ("Máy này không có kho khóa (keyring) của hệ điều hành nên không lưu được phiên đăng nhập; "
                       "mật khẩu sẽ được hỏi lại mỗi lần đồng bộ và không được lưu ở đâu cả.")
            # The token just issued cannot be kept: revoke it rather than leave it valid on the server.
            self._revoke_quietly(self._client(server, result.token))
        return LoginInfo(server, username.strip(), result.unit_code, result.full_name, stored, message)

    @staticmethod
    def _revoke_quietly(client: HQClientLike) -> None:
        """Revoke the client's token on the server if it can be reached (nothing to do if not), then close it."""
        try:
            client.logout()
        except ClientError:
            pass
        finally:
            client.close()

    def logout(self) -> None:
        """Forget this device's token (and revoke it on the server when reachable)."""
        server, username = self.configured_server()
        token = self.tokens.get(server, username) if server else None
        if token:
            self._revoke_quietly(self._client(server, token))
        if server:
            self.tokens.delete(server, username)

    # -- status --------------------------------------------------------------------------------------
    def status(self, states: tuple[str, ...] = ()) -> list[OutboxRow]:
        """Outbox rows with their state and reason (conflicts and rejections first)."""
        return outbox.rows(self.repo, states)

    def counts(self, *, include_synced: bool = True) -> dict[str, int]:
        """Outbox rows per state (``include_synced=False``: only what waits or is stuck, O(those rows))."""
        return outbox.state_counts(self.repo, include_synced=include_synced)

    def waiting_and_stuck(self) -> tuple[int, int]:
        """How many final documents wait to be sent, and how many HQ refused (conflict or rejected); reads only
        those rows' index entries, however many have been synced (the status bar asks after every change)."""
        counts = self.counts(include_synced=False)
        return (sum(counts.get(s, 0) for s in outbox.PENDING_STATES),
                sum(counts.get(s, 0) for s in outbox.STUCK_STATES))

    @staticmethod
    def state_text(state: str) -> str:
        """The Vietnamese name of an outbox state ("chờ gửi", "bị từ chối")."""
        return outbox.STATE_TEXT.get(state, state)

    # -- sync ----------------------------------------------------------------------------------------
    def sync(self, server: str | None = None, progress: Progress | None = None, cancel: Cancel | None = None,
             *, password: str | None = None, respect_backoff: bool = False) -> SyncReport:
        """Push every final document (with attachments), pull reference data, and report.

        ``password`` is needed only where no keyring exists (the token then lives for this run only).
        Raises AuthRequiredError on 401 (state is saved first), SyncNetworkError when the server stays
        unreachable through the retries, InspectorError for bad input.
        """
        conf_server, username = self.configured_server()
        server = self._server_url(server or conf_server) if (server or conf_server) else ""
        if not server or not username:
            raise AuthRequiredError("Chưa đăng nhập máy chủ. Chạy: inspector login --server URL --username TÊN")
        with sync_lock(self.data_dir):
            return self._sync(server, username, progress, cancel, password, respect_backoff)

    def _sync(self, server: str, username: str, progress: Progress | None, cancel: Cancel | None,
              password: str | None, respect_backoff: bool) -> SyncReport:
        report = SyncReport(server=server)
        progress = progress or (lambda _d, _t, _m: None)
        cancel = cancel or (lambda: False)
        token = self.tokens.get(server, username)
        ephemeral = False
        if not token:
            if password is None:
                raise AuthRequiredError(
                    "Cần đăng nhập lại máy chủ (chưa có phiên đăng nhập trên máy này). "
                    "Chạy: inspector login" + ("" if self.tokens.available() else " hoặc nhập mật khẩu khi đồng bộ"))
            token = self._ephemeral_login(server, username, password)
            ephemeral = True
        client = self._client(server, token)
        self._run = (server, token)
        self._announce, self._stop = progress, cancel
        try:
            outbox.backfill(self.repo, self._now())
            self._push(client, report, progress, cancel, respect_backoff)
            if not report.cancelled:
                self._pull(client, server, report, progress, cancel)
            if not report.cancelled:
                self._send_copies(client, report, progress, cancel)
        except AuthError as exc:
            if not ephemeral:
                self.tokens.delete(server, username)
            if exc.code == DEVICE_REVOKED and self.on_revoked is not None:
                wiped = self.on_revoked()
                raise DeviceRevokedError(wiped.message(), details=asdict(wiped)) from exc
            raise AuthRequiredError(
                "Phiên đăng nhập đã hết hạn hoặc thiết bị đã bị thu hồi. Hãy đăng nhập lại: inspector login "
                f"--server {server} --username {username}. Dữ liệu chưa gửi vẫn được giữ nguyên.") from exc
        except _GiveUp as exc:
            report.errors.append(str(exc))
        finally:
            if ephemeral:
                self._revoke_quietly(client)
            else:
                client.close()
            report.pending = outbox.count_pending(self.repo)
            counts = outbox.state_counts(self.repo)
            report.stuck = counts.get("conflict", 0) + counts.get("rejected", 0)
        if report.complete:
            self.repo.set_setting(SYNC_LAST_SUCCESS, self._now())
        if report.errors and report.pending and not report.sent and not report.reference_items:
            raise SyncNetworkError(
                f"Không kết nối được máy chủ {server} sau nhiều lần thử. Kiểm tra mạng rồi đồng bộ lại; "
                f"{report.pending} văn bản vẫn chờ gửi, không mất dữ liệu.", details=report.to_dict())
        return report

    def _ephemeral_login(self, server: str, username: str, password: str) -> str:
        client = self._client(server, None)
        try:
            return client.login(username, password, platform.node(), self._installation()).token
        except AuthError as exc:
            raise AuthRequiredError("Sai mật khẩu") from exc
        except ThrottledError as exc:
            raise throttled(exc) from exc
        except TransportError as exc:
            raise SyncNetworkError(f"Không kết nối được máy chủ {server}. Kiểm tra mạng rồi thử lại.") from exc
        finally:
            client.close()

    def _retrying(self, report: SyncReport | ThreadReport, failures: list[int], what: str, fn: Callable[[], Any]) -> Any:
        """Run ``fn`` until it succeeds, backing off on transient errors; ``failures`` is shared state."""
        while True:
            try:
                result = fn()
            except TransportError as exc:
                failures[0] += 1
                report.retries += 1
                if failures[0] >= self.backoff.max_failures:
                    raise _GiveUp(f"{what}: {exc.message}") from exc
                self._wait_to_retry(self.backoff.delay(failures[0], self.rng), failures[0], exc)
                continue
            failures[0] = 0
            return result

    def _wait_to_retry(self, seconds: float, failures: int, exc: TransportError) -> None:
        """Wait before the next attempt, saying at once and then every second what failed and when the next
        attempt comes (the officer sees a server that is down within a second, not after all retries)."""
        left = seconds
        while True:
            self._announce(0, 0, f"{exc.message.rstrip('.')}. Thử lại sau {math.ceil(left)} giây "
                                 f"(lần thử {failures + 1}/{self.backoff.max_failures}).")
            if left <= 0 or self._stop():
                return
            step = min(1.0, left)
            self.sleep(step)
            left -= step

    def _push(self, client: HQClientLike, report: SyncReport, progress: Progress, cancel: Cancel,
              respect_backoff: bool) -> None:
        total = outbox.count_pending(self.repo)
        done = 0
        failures = [0]
        batch_size = self.batch_size
        held_back: set[str] = set()  # left in 'retry' during this run: not sent again until the next run
        progress(0, total, "Đang gửi văn bản…")
        while True:
            if cancel():
                report.cancelled = True
                return
            items = outbox.due(self.repo, self._now(), batch_size, exclude=held_back,
                               respect_backoff=respect_backoff)
            if not items:
                return
            ids = [i.document_id for i in items]
            outbox.mark_sending(self.repo, ids, self._now())  # before the network call: crash-safe
            records = _records(items)
            try:
                results = self._retrying(report, failures, "Gửi lô văn bản",
                                         functools.partial(client.push_batch, records))
                results = self._complete_attachments(client, report, failures, items, results)
            except ServerRejected as exc:
                if exc.status == 413 and batch_size > 1:
                    batch_size = max(1, batch_size // 2)  # a server with a smaller limit: send less at once
                    outbox.mark_retry(self.repo, ids, self._now(), "", exc.message)
                    continue
                outbox.mark_retry(self.repo, ids, self._now(), self._later(1), exc.message)
                raise SyncServerError(f"Máy chủ từ chối lô văn bản: {exc.message}", details=exc.details) from exc
            except (_GiveUp, AuthError) as exc:
                message = exc.message if isinstance(exc, ClientError) else str(exc)
                outbox.mark_retry(self.repo, ids, self._now(), self._later(max(i.attempts for i in items) + 1),
                                  message)
                raise
            done += self._apply(results, items, report, held_back)
            progress(min(done, total), total, f"Đã gửi {report.sent} văn bản")

    def _later(self, attempts: int) -> str:
        seconds = self.backoff.delay(attempts, self.rng)
        return (self.clock.now() + timedelta(seconds=seconds)).isoformat(timespec="seconds")

    def _complete_attachments(self, client: HQClientLike, report: SyncReport, failures: list[int],
                              items: list[OutboxItem], results: list[RecordResult]) -> list[RecordResult]:
        """Upload what the server says is missing, then ask again for those records."""
        incomplete = [r for r in results if r.status == RecordStatus.INCOMPLETE]
        if not incomplete:
            return results
        by_id = {i.document_id: i for i in items}
        local_problems: dict[str, str] = {}
        paths: dict[str, str] = {}
        for res in incomplete:
            for sha in res.missing:
                try:  # database look-ups stay on this thread; the uploads below only read files
                    paths.setdefault(sha, self.repo.attachment_path(sha))
                except InspectorError:
                    local_problems[res.id] = f"Thiếu tệp đính kèm {sha[:12]} trên máy này"
        names = _file_names(items)
        bad = {sha: outcome for sha, outcome in self._upload_all(client, report, paths, names).items() if outcome[0]}
        refused: dict[str, str] = {}  # the server will never take this file: the document is stuck, alone
        for res in incomplete:
            for sha in res.missing:
                if sha in bad:
                    problem, permanent = bad[sha]
                    (refused if permanent else local_problems)[res.id] = problem
        again = [by_id[r.id] for r in incomplete if r.id not in local_problems and r.id not in refused]
        records = _records(again)
        second = self._retrying(report, failures, "Gửi lô văn bản", lambda: client.push_batch(records)) if records else []
        answers = {r.id: r for r in results}
        first = {r.id: r for r in incomplete}
        for r in second:
            # Stored by this run's first request, completed by the uploads: for this run it is a new record;
            # a record another device had stored before stays a duplicate (review D17).
            new = r.status == RecordStatus.DUPLICATE and first[r.id].created
            answers[r.id] = RecordResult(r.id, RecordStatus.ACCEPTED, message=r.message, created=True) if new else r
        for doc_id, problem in local_problems.items():
            answers[doc_id] = RecordResult(doc_id, RecordStatus.INCOMPLETE, message=problem)
        for doc_id, problem in refused.items():
            answers[doc_id] = RecordResult(doc_id, RecordStatus.REJECTED, message="Tệp đính kèm bị máy chủ từ chối",
                                           errors=[{"path": "attachments", "message": problem}])
        return [answers[i.document_id] for i in items]

    def _upload_all(self, client: HQClientLike, report: SyncReport, paths: dict[str, str],
                    names: dict[str, str]) -> dict[str, tuple[str, bool]]:
        """Upload files (several at once: the server's disk waits then overlap).

        Returns ``{sha: (problem, permanent)}``; ``permanent`` when the server will never take the file (too
        large, refused): that is a problem of the file's document alone, never a reason to stop the run or
        to send smaller batches (review D2).
        """
        lock = threading.Lock()

        def upload(sha: str, stored: str, conn: HQClientLike) -> tuple[str, bool]:
            name = names.get(sha) or sha[:12]
            try:  # the vault decrypts in memory and checks the SHA-256; it reads files only, no database
                data = self.repo.vault.get(sha, stored)
            except InspectorError as exc:
                return exc.message.rstrip("."), False
            if len(data) > MAX_ATTACHMENT_BYTES:
                return too_large_attachment(name, len(data)).message, True
            own = ThreadReport()
            try:
                self._retrying(own, [0], "Gửi tệp đính kèm", lambda: conn.put_attachment(sha, data))
            except ServerRejected as exc:
                if exc.code == "quota_exceeded":  # HQ may free or raise the quota: try again next run
                    return f"Máy chủ chưa nhận tệp {name}: {exc.message}", False
                if exc.status == 413:
                    limit = (exc.details or {}).get("max_bytes") if isinstance(exc.details, dict) else None
                    return too_large_attachment(name, len(data), int(limit or MAX_ATTACHMENT_BYTES)).message, True
                return f"Máy chủ từ chối tệp đính kèm {name}: {exc.message}", True
            finally:
                with lock:
                    report.retries += own.retries
            with lock:
                report.attachments_uploaded += 1
            return "", False

        jobs = list(paths.items())
        workers = min(self.upload_workers, len(jobs))
        if workers <= 1:
            return {sha: upload(sha, path, client) for sha, path in jobs}
        extra = [self._client(self._run[0], self._run[1]) for _ in range(workers - 1)]
        pool_clients = [client, *extra]
        free = list(pool_clients)

        def task(job: tuple[str, str]) -> tuple[str, tuple[str, bool]]:
            with lock:
                conn = free.pop()
            try:
                return job[0], upload(job[0], job[1], conn)
            finally:
                with lock:
                    free.append(conn)

        try:
            with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="upload") as pool:
                return dict(pool.map(task, jobs))
        finally:
            for conn in extra:
                conn.close()

    def _apply(self, results: list[RecordResult], items: list[OutboxItem], report: SyncReport,
               held_back: set[str]) -> int:
        """Write a batch's outcomes; returns how many documents reached a final outcome."""
        now = self._now()
        synced: list[str] = []
        stuck: list[tuple[str, str, str]] = []
        retry: list[tuple[str, str]] = []
        for res in results:
            if res.status in (RecordStatus.ACCEPTED, RecordStatus.DUPLICATE):
                synced.append(res.id)
                report.sent += 1
                if res.status == RecordStatus.ACCEPTED:
                    report.accepted += 1
                else:
                    report.duplicates += 1
            elif res.status == RecordStatus.CONFLICT:
                stuck.append((res.id, "conflict", "Xung đột: " + (res.message or "máy chủ có nội dung khác")))
                report.conflicts += 1
            elif res.status == RecordStatus.REJECTED:
                detail = "; ".join(f"{e.get('path', '')}: {e.get('message', '')}" for e in res.errors)
                stuck.append((res.id, "rejected", f"Bị từ chối: {res.message}" + (f" ({detail})" if detail else "")))
                report.rejected += 1
            else:  # still incomplete: a local file problem or a file that did not arrive
                retry.append((res.id, res.message or "Còn thiếu tệp đính kèm"))
        outbox.mark_outcomes(self.repo, synced, stuck, now)
        attempts = {i.document_id: i.attempts for i in items}
        for doc_id, reason in retry:
            outbox.mark_retry(self.repo, [doc_id], now, self._later(attempts.get(doc_id, 0) + 1), reason)
            report.errors.append(f"{doc_id}: {reason}")
            held_back.add(doc_id)
        return len(synced) + len(stuck)

    def _send_copies(self, client: HQClientLike, report: SyncReport, progress: Progress, cancel: Cancel) -> None:
        """Send HQ the PDF printed on site of each synced document, bound to the document's hash.

        The bytes are those kept at finalisation (services.printed), not a rendering by this version of
        the forms, whose layout may have changed since the paper was signed. At most ``copies_per_sync`` go
        per run; the others go at the next sync. A failure never fails the sync: the documents themselves
        are on the server already.
        """
        ids = outbox.without_copy(self.repo, self.copies_per_sync)
        failures = [0]
        for doc_id in ids:
            if cancel():
                report.cancelled = True
                return
            doc = self.repo.get_document(doc_id)
            try:
                copy = printed.copy_of(self.repo, doc, self._now())
            except InspectorError as exc:  # a document its form cannot draw: nothing was printed either
                outbox.mark_copy(self.repo, doc_id, f"refused:{exc}"[:200])
                continue
            try:
                pdf = self.repo.attachment_bytes(copy.sha256)
            except InspectorError as exc:  # the sealed file cannot be read: say so, keep it for the next run
                report.copies_waiting = f"Bản PDF đã in {doc.number or doc.id}: {exc}"
                continue
            try:
                self._retrying(report, failures, "Gửi bản PDF đã in",
                               functools.partial(client.put_copy, doc.id, doc.sha256, pdf, "printed"))
            except ServerRejected as exc:
                outbox.mark_copy(self.repo, doc_id, f"refused:{exc.code}")
                continue
            except _GiveUp as exc:
                report.copies_waiting = str(exc)
                return
            outbox.mark_copy(self.repo, doc_id, "sent:" + hashlib.sha256(pdf).hexdigest())
            report.copies_uploaded += 1
        if report.copies_uploaded:
            # One line at the end: the bar's steps belong to the documents themselves.
            progress(report.copies_uploaded, report.copies_uploaded,
                     f"Đã gửi {report.copies_uploaded} bản PDF đã in")
        self._send_scans(client, report, progress, cancel)

    def _send_scans(self, client: HQClientLike, report: SyncReport, progress: Progress, cancel: Cancel) -> None:
        """Send HQ the scanned signed copies added on this laptop (role ``scan``), each once, after the
        document itself is on the server; at most ``copies_per_sync`` per run. Like the printed copies, a
        failure never fails the sync: the scans wait for the next one."""
        failures = [0]
        for scan in scans.unsent(self.repo, self.copies_per_sync):
            if cancel():
                report.cancelled = True
                return
            try:
                doc = self.repo.get_document(scan.document_id)
                data = self.repo.attachment_bytes(scan.sha256)
                self._retrying(report, failures, "Gửi bản quét có chữ ký",
                               functools.partial(client.put_copy, doc.id, doc.sha256, data, "scan"))
            except InspectorError as exc:  # the sealed file cannot be read: say so, keep it for the next run
                report.copies_waiting = f"Bản quét {scan.filename}: {exc}"
                continue
            except ServerRejected as exc:
                scans.mark_sent(self.repo, scan.document_id, scan.sha256, f"refused:{exc.code}")
                continue
            except _GiveUp as exc:
                report.copies_waiting = str(exc)
                return
            scans.mark_sent(self.repo, scan.document_id, scan.sha256, "sent")
            report.scans_uploaded += 1
        if report.scans_uploaded:
            progress(report.scans_uploaded, report.scans_uploaded,
                     f"Đã gửi {report.scans_uploaded} bản quét có chữ ký")

    def _default_reference_check(self) -> ReferenceCheck:
        from .rules import RulesService

        return RulesService(self.repo, self.clock).reference_problems

    @staticmethod
    def _checked_reference(items: list[dict[str, Any]], check: ReferenceCheck,
                           report: SyncReport) -> tuple[list[ReferenceItem], list[tuple[str, str]]]:
        """Split a pulled page into items to store and items to delete; a malformed item is logged and left
        out (with its reason in the report), never stored to break a later read."""
        upserts: list[ReferenceItem] = []
        deletes: list[tuple[str, str]] = []
        for item in items:
            kind, key = str(item.get("kind", "")), str(item.get("key", ""))
            if item.get("deleted"):
                deletes.append((kind, key))
                continue
            data = item.get("data")
            data = {} if data is None else data
            problems = check(kind, key, data) if kind and key else [Problem("key", "thiếu loại hoặc mã")]
            if problems:
                reason = "; ".join(str(p) for p in problems)
                log.warning("reference item %s %s from HQ refused: %s", kind, key, reason)
                report.reference_rejected.append(f"{kind} {key}: {reason}")
                continue
            upserts.append(ReferenceItem(kind=kind, key=key, data=data, valid_from=str(data.get("valid_from", "")),
                                         valid_to=str(data.get("valid_to", "")), source="hq"))
        return upserts, deletes

    def _pull(self, client: HQClientLike, server: str, report: SyncReport, progress: Progress,
              cancel: Cancel) -> None:
        key = REFERENCE_CURSOR(server)
        cursor = int(self.repo.get_setting(key) or 0)
        check = self._reference_check or self._default_reference_check()
        failures = [0]
        while True:
            if cancel():
                report.cancelled = True
                return
            page = self._retrying(report, failures, "Tải dữ liệu tham chiếu",
                                  functools.partial(client.pull_reference, cursor))
            upserts, deletes = self._checked_reference(page.items, check, report)
            self.reference.apply_pull(upserts, deletes, key, str(page.cursor), self._now())
            report.reference_items += len(page.items)
            cursor = page.cursor
            progress(report.reference_items, report.reference_items + (1 if page.has_more else 0),
                     f"Đã tải {report.reference_items} mục dữ liệu tham chiếu")
            if not page.has_more:
                report.reference_complete = True
                return
