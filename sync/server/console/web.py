"""The console's pages (FastAPI routes rendering Jinja2 templates), mounted on the API application.

Sessions are cookies (HttpOnly, SameSite=Lax, Secure unless the console is reached on loopback over HTTP);
every form carries the session's CSRF token (the login form a double-submit cookie) and a POST without the
right token changes nothing. Logins are throttled per source address and per username with the server's
``LoginThrottle``. Pages read through ``queries``, which scope every read to the member's unit; a record of
another unit is answered exactly like a record that does not exist.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy import Engine

from ..attachments import AttachmentStore
from ..database import reading
from ..deps import source_of
from ..ingest import verify as verify_record
from . import admin, export, queries, staff, totals
from .charts import bar_chart, money
from .index import catch_up
from .review import ReviewError, ReviewState, set_review
from .staff import Role, StaffMember

HERE = Path(__file__).parent
SESSION_COOKIE = "hq_session"
LOGIN_CSRF_COOKIE = "hq_login_csrf"
_LOOPBACK = {"127.0.0.1", "::1", "localhost"}
VN = timedelta(hours=7)  # documents carry Vietnam local time; the database stores UTC


@dataclass
class ConsoleSettings:
    """Knobs of the console."""

    session_ttl: timedelta = timedelta(hours=8)


def _now(request: Request) -> datetime:
    clock = request.app.state.settings.clock
    return clock()  # type: ignore[no-any-return]


def _secure(request: Request) -> bool:
    """Secure cookies everywhere except plain HTTP on loopback (a browser would drop them there)."""
    return request.url.scheme == "https" or (request.url.hostname or "") not in _LOOPBACK


def _member(request: Request) -> StaffMember | None:
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        return None
    with reading(request.app.state.engine) as conn:
        return staff.authenticate(conn, token, _now(request))


def _to_login(request: Request) -> RedirectResponse:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse(f"/login?next={quote(target)}", status_code=303)


async def _form(request: Request) -> dict[str, str]:
    form = await request.form()
    return {k: v for k, v in form.items() if isinstance(v, str)}


def _csrf_ok(member: StaffMember, form: dict[str, str]) -> bool:
    return hmac.compare_digest(form.get("csrf", ""), member.csrf)


def _vn_time(value: datetime | None) -> str:
    if value is None:
        return ""
    return (value.replace(tzinfo=None) + VN).strftime("%d/%m/%Y %H:%M")


def _vn_day(value: str) -> str:
    return f"{value[8:10]}/{value[5:7]}/{value[0:4]}" if len(value) >= 10 else value


def _month_bounds(today: date) -> tuple[date, date]:
    start = today.replace(day=1)
    nxt = (start + timedelta(days=32)).replace(day=1)
    return start, nxt - timedelta(days=1)


def mount(app: FastAPI, engine: Engine, settings: ConsoleSettings | None = None) -> None:
    """Add the console's pages and static files to ``app``; index documents stored before it existed."""
    console = settings or ConsoleSettings()
    app.state.console = console
    catch_up(engine)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    env = templates.env
    env.filters["money"] = money
    env.filters["vn_time"] = _vn_time
    env.filters["vn_day"] = _vn_day
    env.globals["kind_titles"] = export.kind_titles()
    env.globals["field_rows"] = export.field_rows
    env.globals["states"] = list(ReviewState)
    env.globals["fine_kind"] = totals.FINE_KIND
    env.globals["state_label"] = lambda s: ReviewState(s).label
    env.globals["role_label"] = lambda r: Role(r).label
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="console-static")

    def page(request: Request, name: str, member: StaffMember | None, status: int = 200,
             **context: Any) -> HTMLResponse:
        response = templates.TemplateResponse(request, name, {"member": member, **context}, status_code=status)
        # Pages show records: never cache them in a shared cache or let another site frame them.
        response.headers["Cache-Control"] = "no-store"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Content-Security-Policy"] = ("default-src 'self'; img-src 'self' data:; "
                                                       "style-src 'self'; frame-ancestors 'none'")
        return response

    def not_found(request: Request, member: StaffMember | None) -> HTMLResponse:
        return page(request, "message.html", member, 404, title="Không tìm thấy",
                    message="Không tìm thấy hồ sơ này, hoặc tài khoản của bạn không được xem hồ sơ này.")

    def download(body: bytes, media_type: str, filename: str) -> Response:
        return Response(body, media_type=media_type, headers={
            "Content-Disposition": f"attachment; filename*=UTF-8''{quote(filename)}", "Cache-Control": "no-store"})

    # -- sessions ------------------------------------------------------------------------------------
    @app.get("/", include_in_schema=False)
    def home(request: Request) -> Response:
        return RedirectResponse("/inbox" if _member(request) else "/login", status_code=303)

    @app.get("/login", include_in_schema=False)
    def login_page(request: Request, next: str = "/inbox", error: str = "") -> Response:
        token = request.cookies.get(LOGIN_CSRF_COOKIE) or secrets.token_urlsafe(24)
        response = page(request, "login.html", None, csrf=token, next=next, error=error)
        response.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict", secure=_secure(request),
                            path="/login")
        return response

    @app.post("/login", include_in_schema=False)
    async def login_submit(request: Request) -> Response:
        form = await _form(request)
        target = form.get("next", "/inbox")
        if not target.startswith("/") or target.startswith("//"):
            target = "/inbox"  # never redirect off-site after login
        cookie = request.cookies.get(LOGIN_CSRF_COOKIE, "")
        if not cookie or not hmac.compare_digest(cookie, form.get("csrf", "")):
            return page(request, "login.html", None, 400, csrf=cookie or secrets.token_urlsafe(24), next=target,
                        error="Phiên đăng nhập không hợp lệ; hãy tải lại trang và thử lại.")
        username, password = form.get("username", "").strip()[:64], form.get("password", "")[:1024]
        now = _now(request)
        # The server's one login throttle (per source, per source and name, per name); staff names are
        # prefixed so that a staff member and an officer with the same username do not share counts.
        throttle, name, source = request.app.state.settings.login_throttle, f"staff:{username}", source_of(request)
        wait = throttle.retry_after(name, source, now)
        if wait:
            return page(request, "login.html", None, 429, csrf=cookie, next=target, username=username,
                        error=f"Đăng nhập sai quá nhiều lần; hãy thử lại sau {(wait + 59) // 60} phút.")
        if not username or not password:
            result = None
        else:
            def work() -> Any:
                with engine.begin() as conn:
                    return staff.login(conn, username, password, now, console.session_ttl)

            from starlette.concurrency import run_in_threadpool

            result = await run_in_threadpool(work)
        if result is None:
            throttle.failed(name, source, now)
            return page(request, "login.html", None, 401, csrf=cookie, next=target, username=username,
                        error="Sai tên đăng nhập hoặc mật khẩu.")
        throttle.succeeded(name, source)
        token, _member_ = result
        response = RedirectResponse(target, status_code=303)
        response.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="lax", secure=_secure(request),
                            max_age=int(console.session_ttl.total_seconds()), path="/")
        response.delete_cookie(LOGIN_CSRF_COOKIE, path="/login")
        return response

    @app.post("/logout", include_in_schema=False)
    async def logout(request: Request) -> Response:
        member = _member(request)
        form = await _form(request)
        if member is not None and _csrf_ok(member, form):
            with engine.begin() as conn:
                staff.logout(conn, request.cookies.get(SESSION_COOKIE, ""), member, _now(request))
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response

    # -- inbox and cases ------------------------------------------------------------------------------
    @app.get("/inbox", include_in_schema=False)
    def inbox_page(request: Request) -> Response:
        member = _member(request)
        if member is None:
            return _to_login(request)
        f = queries.InboxFilter.from_query(request.query_params)
        with reading(engine) as conn:
            rows, has_next = queries.inbox_page(conn, member, f)
            choices = queries.filter_choices(conn, member)
            platforms = queries.recent_platforms(conn, member)
        return page(request, "inbox.html", member, rows=rows, has_next=has_next, f=f, choices=choices,
                    platforms=platforms, today=(_now(request) + VN).date().isoformat())

    @app.get("/inbox.csv", include_in_schema=False)
    @app.get("/inbox.xlsx", include_in_schema=False)
    def inbox_export(request: Request) -> Response:
        member = _member(request)
        if member is None:
            return _to_login(request)
        f = queries.InboxFilter.from_query(request.query_params)
        with reading(engine) as conn:
            rows = queries.inbox_all(conn, member, f)
        with engine.begin() as conn:
            from ..accounts import write_audit

            write_audit(conn, _now(request), f"staff:{member.username}", "console_export", member.unit_code or "",
                        "inbox", {"filter": f.query_string(), "rows": len(rows)})
        stamp = (_now(request) + VN).strftime("%Y%m%d-%H%M")
        if request.url.path.endswith(".csv"):
            return download(export.inbox_csv(rows), "text/csv; charset=utf-8", f"van-ban-{stamp}.csv")
        return download(export.inbox_xlsx(rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        f"van-ban-{stamp}.xlsx")

    @app.get("/documents/{document_id}", include_in_schema=False)
    def case_page(request: Request, document_id: str, error: str = "", saved: str = "") -> Response:
        member = _member(request)
        if member is None:
            return _to_login(request)
        try:
            with reading(engine) as conn:
                view = queries.case_view(conn, member, document_id[:64])
        except queries.NotVisible:
            return not_found(request, member)
        return page(request, "case.html", member, view=view, current=document_id, error=error, saved=saved)

    @app.get("/documents/{document_id}/files/{sha256}", include_in_schema=False)
    def document_file(request: Request, document_id: str, sha256: str) -> Response:
        member = _member(request)
        if member is None:
            return _to_login(request)
        store: AttachmentStore = request.app.state.attachments
        sha256 = sha256[:64]
        try:
            with reading(engine) as conn:
                media_type = queries.visible_file(conn, member, document_id[:64], sha256)
            if not store.exists(sha256):  # checked name (visible_file found it linked)
                raise queries.NotVisible(sha256)  # a row without its file: nothing to show, never a 500
        except queries.NotVisible:
            return not_found(request, member)
        return FileResponse(store.path(sha256), media_type=media_type, headers={
            "Cache-Control": "private, max-age=3600", "X-Content-Type-Options": "nosniff",
            "Content-Disposition": f"inline; filename={sha256[:16]}{'.pdf' if media_type == 'application/pdf' else ''}"})

    @app.post("/documents/{document_id}/review", include_in_schema=False)
    async def review(request: Request, document_id: str) -> Response:
        member = _member(request)
        if member is None:
            return _to_login(request)
        form = await _form(request)
        if not _csrf_ok(member, form):
            return page(request, "message.html", member, 403, title="Yêu cầu không hợp lệ",
                        message="Biểu mẫu đã hết hạn; hãy tải lại trang và làm lại.")
        try:
            with engine.begin() as conn:
                set_review(conn, member, document_id[:64], form.get("state", ""), form.get("comment", ""),
                           _now(request))
        except ReviewError as exc:
            return RedirectResponse(f"/documents/{quote(document_id)}?error={quote(str(exc))}#d-{quote(document_id)}",
                                    status_code=303)
        return RedirectResponse(f"/documents/{quote(document_id)}?saved=1#d-{quote(document_id)}", status_code=303)

    # -- statistics and reports -----------------------------------------------------------------------
    def period_of(request: Request) -> queries.Period:
        today = (_now(request) + VN).date()
        default = (date(today.year, 1, 1), today)
        return queries.Period.parse(request.query_params.get("start", ""), request.query_params.get("end", ""),
                                    default)

    @app.get("/stats", include_in_schema=False)
    def stats_page(request: Request) -> Response:
        member = _member(request)
        if member is None:
            return _to_login(request)
        period = period_of(request)
        with reading(engine) as conn:
            months = queries.monthly(conn, member, period)
            by_officer = queries.counts_by(conn, member, period, "officer")
            by_platform = queries.counts_by(conn, member, period, "platform")
            by_unit = queries.counts_by(conn, member, period, "unit_code")
            by_article = queries.violations_by_article(conn, member, period)
        labels = [m["month"][5:7] + "/" + m["month"][2:4] for m in months]
        charts = [
            bar_chart("Số vụ kiểm tra và số vụ vi phạm theo tháng", labels,
                      [("Vụ kiểm tra", [m["cases"] for m in months]),
                       ("Vụ vi phạm", [m["violation_cases"] for m in months])], fmt=str),
            bar_chart("Tiền phạt và trị giá hàng hóa theo tháng (đồng)", labels,
                      [("Tiền phạt", [m["fines"] for m in months]),
                       ("Trị giá hàng hóa", [m["goods_value"] for m in months])]),
        ]
        if by_article:
            charts.append(bar_chart("Hành vi vi phạm theo điều khoản", [a for a, _ in by_article],
                                    [("Hành vi vi phạm", [n for _, n in by_article])], fmt=str))
        if by_platform:
            charts.append(bar_chart("Văn bản về kinh doanh trực tuyến theo sàn", [p for p, _, _ in by_platform],
                                    [("Văn bản", [n for _, n, _ in by_platform])], fmt=str))
        return page(request, "stats.html", member, period=period, months=months, charts=charts,
                    by_officer=by_officer, by_unit=by_unit, by_platform=by_platform, by_article=by_article)

    @app.get("/reports", include_in_schema=False)
    def reports_page(request: Request) -> Response:
        member = _member(request)
        if member is None:
            return _to_login(request)
        period = period_of(request)
        unit = request.query_params.get("unit", "")[:32]
        with reading(engine) as conn:
            lines = queries.period_report(conn, member, period, unit)
            choices = queries.filter_choices(conn, member)
        return page(request, "reports.html", member, period=period, lines=lines, unit=unit, choices=choices,
                    title=export.report_title(period))

    @app.get("/reports/period.xlsx", include_in_schema=False)
    @app.get("/reports/period.pdf", include_in_schema=False)
    def report_file(request: Request) -> Response:
        member = _member(request)
        if member is None:
            return _to_login(request)
        period = period_of(request)
        unit = request.query_params.get("unit", "")[:32]
        with reading(engine) as conn:
            lines = queries.period_report(conn, member, period, unit)
        name = f"bao-cao-{period.start}-{period.end}"
        if request.url.path.endswith(".pdf"):
            return download(export.report_pdf(lines, period, member.full_name, _now(request)), "application/pdf",
                            name + ".pdf")
        return download(export.report_xlsx(lines, period),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx")

    # -- administration -------------------------------------------------------------------------------
    @app.get("/admin", include_in_schema=False)
    def admin_page(request: Request, kind: str = "watchlist", error: str = "") -> Response:
        member = _member(request)
        if member is None:
            return _to_login(request)
        if not member.is_admin:
            return page(request, "message.html", member, 403, title="Không có quyền",
                        message="Chỉ quản trị Chi cục được vào trang quản trị.")
        kind = kind if kind in admin.EDITABLE_KINDS else "watchlist"
        with reading(engine) as conn:
            data = admin.overview(conn)
            items = admin.reference_list(conn, kind)
        return page(request, "admin.html", member, data=data, kind=kind, items=items, kinds=admin.EDITABLE_KINDS,
                    error=error)

    async def admin_action(request: Request, action: Any) -> Response:
        member = _member(request)
        if member is None:
            return _to_login(request)
        form = await _form(request)
        if not _csrf_ok(member, form):
            return page(request, "message.html", member, 403, title="Yêu cầu không hợp lệ",
                        message="Biểu mẫu đã hết hạn; hãy tải lại trang và làm lại.")
        back = "/admin?kind=" + quote(form.get("ref_kind", "watchlist"))
        try:
            with engine.begin() as conn:
                action(conn, member, form, _now(request))
        except admin.AdminError as exc:
            return RedirectResponse(f"{back}&error={quote(str(exc))}", status_code=303)
        return RedirectResponse(back, status_code=303)

    @app.post("/admin/devices/{device_id}/revoke", include_in_schema=False)
    async def admin_revoke(request: Request, device_id: str) -> Response:
        return await admin_action(request, lambda c, m, f, now: admin.revoke_device(c, m, device_id[:64], now))

    @app.post("/admin/officers/{username}/active", include_in_schema=False)
    async def admin_officer(request: Request, username: str) -> Response:
        return await admin_action(request, lambda c, m, f, now: admin.set_officer_active(
            c, m, username[:64], f.get("active") == "1", now))

    @app.post("/admin/reference", include_in_schema=False)
    async def admin_reference(request: Request) -> Response:
        def act(conn: Any, m: StaffMember, f: dict[str, str], now: datetime) -> None:
            deleted = f.get("delete") == "1"
            data = {} if deleted else admin.form_data(f.get("ref_kind", ""), f)
            admin.put_reference(conn, m, f.get("ref_kind", ""), f.get("key", ""), data, f.get("scope", "")[:32], now,
                                deleted=deleted)
        return await admin_action(request, act)

    # -- public verification --------------------------------------------------------------------------
    @app.get("/verify", include_in_schema=False)
    def verify_page(request: Request, code: str = "", id: str = "", h: str = "") -> Response:
        if code:
            parts = code.strip().split("|")
            if len(parts) == 5 and parts[0] == "QLTT":
                id, h = parts[1], parts[4]
            else:
                return page(request, "verify.html", None, 400, result="malformed", code=code)
        if not id:
            return page(request, "verify.html", None, result=None, code="")
        wait = request.app.state.settings.verify_limit.take(source_of(request), _now(request))
        if wait:
            response = page(request, "verify.html", None, 429, result="limited", code=code, wait=wait)
            response.headers["Retry-After"] = str(wait)
            return response
        if len(id) > 64 or not (8 <= len(h) <= 64) or any(c not in "0123456789abcdefABCDEF" for c in h):
            return page(request, "verify.html", None, result="unknown", code=code)
        with reading(engine) as conn:
            # The API's answer (valid / superseded / unknown, review D6 D11); the page adds only what the
            # paper itself prints: kind, number and day.
            state = verify_record(conn, id, h)
            shown = queries.printed_facts(conn, id) if state != "unknown" else {}
        return page(request, "verify.html", None, result=state, code=code, facts=shown)

