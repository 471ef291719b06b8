"""Console sessions and access: login, cookies, CSRF, expiry, logout, throttling, roles and unit scoping."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from console_world import PASSWORD, UNIT_A, World, csrf_of, login
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from sync.server.console.staff import add_staff
from sync.server.deps import utcnow
from sync.server.tables import audit, staff_sessions


def test_pages_need_a_session_and_send_to_login(client: TestClient) -> None:
    for path in ("/inbox", "/stats", "/reports", "/admin", "/inbox.csv"):
        r = client.get(path, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"].startswith("/login?next="), path


def test_login_sets_a_hardened_cookie_and_logout_ends_the_session(client: TestClient,
                                                                  console: tuple[Any, World]) -> None:
    page = client.get("/login")
    r = client.post("/login", data={"csrf": csrf_of(page.text), "username": "leader-a", "password": PASSWORD,
                                    "next": "/stats"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/stats"
    cookie = r.headers["set-cookie"]
    assert "hq_session=" in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie
    assert "Secure" not in cookie  # plain HTTP on loopback
    token = client.cookies["hq_session"]
    inbox = client.get("/inbox")
    assert "Lê Văn Đội" in inbox.text
    # Logging out without the CSRF token changes nothing; with it, the stolen cookie is useless too.
    client.post("/logout", data={"csrf": "wrong"})
    client.cookies.set("hq_session", token)
    assert client.get("/inbox", follow_redirects=False).status_code == 200
    client.post("/logout", data={"csrf": csrf_of(inbox.text)})
    client.cookies.set("hq_session", token)
    assert client.get("/inbox", follow_redirects=False).status_code == 303
    engine = console[0].state.engine
    with engine.connect() as conn:
        actions = [r[0] for r in conn.execute(select(audit.c.action).where(audit.c.actor == "staff:leader-a"))]
    assert "console_login" in actions and "console_logout" in actions


def test_cookie_is_secure_away_from_loopback(console: tuple[Any, World]) -> None:
    with TestClient(console[0], base_url="http://hq.example") as c:
        page = c.get("/login")
        assert "Secure" in page.headers["set-cookie"]


def test_login_refuses_a_form_without_the_login_csrf_cookie(client: TestClient) -> None:
    r = client.post("/login", data={"csrf": "forged", "username": "leader-a", "password": PASSWORD})
    assert r.status_code == 400 and "hq_session" not in client.cookies


def test_expired_session_is_refused(client: TestClient, console: tuple[Any, World]) -> None:
    login("", "viewer-a", client)
    with console[0].state.engine.begin() as conn:
        conn.execute(update(staff_sessions).where(staff_sessions.c.username == "viewer-a")
                     .values(expires_at=utcnow() - timedelta(seconds=1)))
    assert client.get("/inbox", follow_redirects=False).status_code == 303


def test_wrong_passwords_make_the_next_login_wait(console: tuple[Any, World]) -> None:
    app = console[0]
    with app.state.engine.begin() as conn:
        add_staff(conn, "guessed", "Bị Đoán", "viewer", UNIT_A, PASSWORD, utcnow())
    with TestClient(app, base_url="http://127.0.0.1") as c:
        csrf = csrf_of(c.get("/login").text)
        codes = [c.post("/login", data={"csrf": csrf, "username": "guessed", "password": "sai"}).status_code
                 for _ in range(6)]
        assert codes[:4] == [401] * 4 and codes[-1] == 429  # the server's growing delays (throttle.py)
        # Even the right password waits now: guessing gains nothing.
        r = c.post("/login", data={"csrf": csrf, "username": "guessed", "password": PASSWORD})
        assert r.status_code == 429 and "thử lại sau" in r.text
    # Staff and officers are counted apart: an officer of the same name is not slowed by the staff guesses.
    throttle = app.state.settings.login_throttle
    assert throttle.per_username.retry_after("guessed", app.state.settings.clock()) == 0
    assert throttle.per_username.retry_after("staff:guessed", app.state.settings.clock()) == 0  # 20 free


def test_viewer_cannot_review_and_a_forged_form_changes_nothing(console: tuple[Any, World]) -> None:
    app, world = console
    doc_id = next(iter(world.unit_a_docs))
    with TestClient(app, base_url="http://127.0.0.1") as c:
        login("", "viewer-a", c)
        page = c.get(f"/documents/{doc_id}")
        assert "Tài khoản chỉ xem" in page.text and "review-form" not in page.text
        r = c.post(f"/documents/{doc_id}/review", data={"csrf": csrf_of(page.text), "state": "approved"})
        assert "chỉ xem không được duyệt" in r.text
    with TestClient(app, base_url="http://127.0.0.1") as c:
        login("", "leader-a", c)
        r = c.post(f"/documents/{doc_id}/review", data={"csrf": "forged", "state": "approved"})
        assert r.status_code == 403
        assert "state-received" in c.get(f"/documents/{doc_id}").text


def test_other_units_records_are_not_found(console: tuple[Any, World]) -> None:
    app, world = console
    doc_a = next(iter(world.unit_a_docs))
    doc_b = next(iter(world.unit_b_docs))
    with TestClient(app, base_url="http://127.0.0.1") as c:
        login("", "leader-b", c)
        page = c.get(f"/documents/{doc_a}")
        assert page.status_code == 404 and "Không tìm thấy" in page.text
        missing = c.get("/documents/khong-co-ma-nay")
        assert missing.status_code == 404 and missing.text == page.text.replace(doc_a, "khong-co-ma-nay")
        inbox = c.get("/inbox").text
        assert doc_b in inbox and doc_a not in inbox
        r = c.post(f"/documents/{doc_a}/review", data={"csrf": csrf_of(inbox), "state": "approved"},
                   follow_redirects=True)
        assert "Không tìm thấy" in r.text
        assert doc_a not in c.get("/inbox.csv").text
        assert c.get("/admin").status_code == 403
    with TestClient(app, base_url="http://127.0.0.1") as c:
        login("", "admin", c)
        inbox = c.get("/inbox?unit=").text
        assert doc_a in inbox or doc_b in inbox
        assert c.get(f"/documents/{doc_a}").status_code == 200 and c.get(f"/documents/{doc_b}").status_code == 200


def test_add_staff_command_checks_its_input(tmp_path: Any) -> None:
    from sync.server import cli

    db = f"sqlite:///{tmp_path / 'hq.sqlite3'}"
    assert cli.main(["add-unit", "U1", "--name", "Đội 1", "--database", db]) == 0
    import io
    import sys

    for argv, code in ((["add-staff", "a", "--role", "leader", "--name", "A"], 2),  # leader without a unit
                       (["add-staff", "a", "--role", "viewer", "--unit", "U9", "--name", "A"], 2),
                       (["add-staff", "a", "--role", "viewer", "--unit", "U1", "--name", "A"], 0),
                       (["add-staff", "a", "--role", "viewer", "--unit", "U1", "--name", "A"], 2)):
        sys.stdin = io.StringIO(PASSWORD + "\n")
        try:
            assert cli.main([*argv, "--password-stdin", "--database", db]) == code, argv
        finally:
            sys.stdin = sys.__stdin__


def test_admin_changes_reach_the_reference_feed_and_the_accounts(console: tuple[Any, World]) -> None:
    from sync.server import accounts, reference
    from sync.server.tables import devices

    app, _world = console
    engine = app.state.engine
    with TestClient(app, base_url="http://127.0.0.1") as c:
        login("", "admin", c)
        page = c.get("/admin?kind=watchlist")
        csrf = csrf_of(page.text)
        r = c.post("/admin/reference", data={"csrf": csrf, "ref_kind": "watchlist", "key": "8935049510864",
                                             "product": "Nước hoa giả", "reason": "Đã xử lý 2026", "scope": ""})
        assert "8935049510864" in r.text
        bad = c.post("/admin/reference", data={"csrf": csrf, "ref_kind": "number_block", "key": "QĐ-KT-2027",
                                               "kind": "tt22.m01", "year": "hai", "first": "1", "last": "9"})
        assert "cần một số" in bad.text
        no_kind = c.post("/admin/reference", data={"csrf": csrf, "ref_kind": "number_block", "key": "QLTT-2027",
                                                   "year": "2027", "first": "1", "last": "50", "scope": UNIT_A})
        assert "cần loại văn bản" in no_kind.text
        c.post("/admin/reference", data={"csrf": csrf, "ref_kind": "number_block", "key": "QLTT-2027",
                                         "kind": "tt22.m01", "prefix": "0102", "year": "2027", "first": "1",
                                         "last": "50", "scope": UNIT_A})
        with engine.connect() as conn:
            items, _, _ = reference.page(conn, UNIT_A, 0, 10_000)
        watch = [i for i in items if i["kind"] == "watchlist" and i["key"] == "8935049510864"]
        assert watch and watch[0]["data"] == {"product": "Nước hoa giả", "reason": "Đã xử lý 2026"}
        block = [i for i in items if i["kind"] == "number_block" and i["key"] == "QLTT-2027"]
        assert block and block[0]["data"] == {"kind": "tt22.m01", "prefix": "0102", "year": 2027, "first": 1,
                                              "last": 50}
        # Locking an officer makes every token of theirs useless at once.
        with engine.connect() as conn:
            token_owner = conn.execute(select(devices.c.id, devices.c.username)
                                       .where(devices.c.unit_code == UNIT_A)).first()
        assert token_owner is not None
        r = c.post(f"/admin/officers/{token_owner.username}/active", data={"csrf": csrf, "active": "0"})
        assert "đã khóa" in r.text
        with engine.connect() as conn:
            assert accounts.login(conn, token_owner.username, PASSWORD, "x", utcnow(), timedelta(days=1)) is None
        c.post(f"/admin/officers/{token_owner.username}/active", data={"csrf": csrf, "active": "1"})
        c.post(f"/admin/devices/{token_owner.id}/revoke", data={"csrf": csrf})
        with engine.connect() as conn:
            revoked = conn.execute(select(devices.c.revoked_at).where(devices.c.id == token_owner.id)).scalar()
            actions = {r[0] for r in conn.execute(select(audit.c.action).where(audit.c.actor == "staff:admin"))}
        assert revoked is not None
        assert {"reference_put", "officer_disable", "officer_enable", "console_revoke_device"} <= actions
