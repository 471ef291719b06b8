"""Console pages over the demo world: inbox filters and folded search, the case view, review states that
reach the laptops' reference feed, statistics, the periodic report and the exports."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from console_world import UNIT_A, World, csrf_of, login
from fastapi.testclient import TestClient
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from inspector_app.domain.text import fold as laptop_fold
from sync.server import reference
from sync.server.console.text import fold, search_words
from sync.server.tables import audit


@pytest.fixture
def leader(console: tuple[Any, World]) -> TestClient:
    """Unit A's leader, signed in."""
    c = TestClient(console[0], base_url="http://127.0.0.1")
    login("", "leader-a", c)
    return c


def _data(world: World) -> list[dict[str, Any]]:
    return [json.loads(r["canonical"]) for r in world.unit_a_docs.values()]


def test_server_fold_is_the_laptop_fold() -> None:
    assert fold is laptop_fold  # one implementation (qltt_canonical.search), not two kept equal by a test
    assert fold("  ĐỒNG   Nai ") == "dong nai" and search_words("Thuốc lá 100%_x") == ["thuoc", "la", "100", "x"]


def test_inbox_lists_newest_first_and_filters_by_kind_and_day(leader: TestClient, console: tuple[Any, World]) -> None:
    world = console[1]
    html = leader.get("/inbox").text
    assert all(doc_id in html for doc_id in world.unit_a_docs)
    mqd = [d for d in _data(world) if d["kind"] == "nd118.mqd02"]
    html = leader.get("/inbox?kind=nd118.mqd02").text
    assert html.count('class="open"') == len(mqd) and mqd[0]["number"] in html
    day = sorted(d["issued_at"][:10] for d in _data(world))[0]
    expected = [d for d in _data(world) if d["issued_at"][:10] == day]
    html = leader.get(f"/inbox?date_from={day}&date_to={day}").text
    assert html.count('class="open"') == len(expected)


def test_search_folds_diacritics_and_d(leader: TestClient, console: tuple[Any, World]) -> None:
    world = console[1]
    subject = next(d["subject"]["name"] for d in _data(world) if d.get("subject"))
    words = fold(subject).split()[-2:]
    expected = {d["id"] for d in _data(world) if all(w in fold((d.get("subject") or {}).get("name", "")) or
                                                       w in fold(json.dumps(d, ensure_ascii=False)) for w in words)}
    html = leader.get("/inbox", params={"q": " ".join(words)}).text
    found = {doc_id for doc_id in world.unit_a_docs if doc_id in html}
    assert found and found <= expected
    assert leader.get("/inbox", params={"q": "khongcotu"}).text.count('class="open"') == 0
    # "dong nai" finds "Đồng Nai" (đ is not a mark: it needs its own folding rule).
    dong = [d["id"] for d in _data(world) if "dong nai" in fold(d.get("place", "") + " " +
                                                                   (d.get("subject") or {}).get("address", ""))]
    if dong:
        assert any(i in leader.get("/inbox", params={"q": "dong nai"}).text for i in dong)


def test_inbox_paginates(leader: TestClient, console: tuple[Any, World], monkeypatch: pytest.MonkeyPatch) -> None:
    from sync.server.console import queries

    monkeypatch.setattr(queries, "PAGE_SIZE", 5)
    monkeypatch.setattr(queries.inbox_page, "__defaults__", (5,))
    first, second = leader.get("/inbox").text, leader.get("/inbox?page=2").text
    assert first.count('class="open"') == 5 and 'id="next"' in first and 'id="prev"' in second
    ids = [i for i in console[1].unit_a_docs if i in first]
    assert not any(i in second for i in ids)


def test_case_view_shows_every_document_of_the_case(leader: TestClient, console: tuple[Any, World]) -> None:
    docs = _data(console[1])
    with_goods = next(d for d in docs if d.get("goods") and d.get("case_id"))
    same_case = [d for d in docs if d["case_id"] == with_goods["case_id"]]
    html = leader.get(f"/documents/{with_goods['id']}").text
    assert all(f'id="d-{d["id"]}"' in html for d in same_case)
    assert with_goods["goods"][0]["name"] in html
    violation = next((d for d in same_case if d.get("violations")), None)
    if violation:
        assert violation["violations"][0]["decree"] in html


def test_review_is_stored_audited_and_published_to_the_unit(leader: TestClient, console: tuple[Any, World]) -> None:
    app, world = console
    doc_id = next(iter(world.unit_a_docs))
    page = leader.get(f"/documents/{doc_id}")
    # "Has issues" needs a comment.
    r = leader.post(f"/documents/{doc_id}/review", data={"csrf": csrf_of(page.text), "state": "has_issues"})
    assert "Hãy ghi rõ vấn đề" in r.text
    r = leader.post(f"/documents/{doc_id}/review", data={"csrf": csrf_of(page.text), "state": "has_issues",
                                                         "comment": "Thiếu chữ ký người chứng kiến"})
    assert 'id="saved"' in r.text and f'id="state-{doc_id}">Có vấn đề' in r.text
    assert doc_id in leader.get("/inbox?state=has_issues").text
    engine = app.state.engine
    with engine.connect() as conn:
        items, _, _ = reference.page(conn, UNIT_A, 0, 1000)
        other, _, _ = reference.page(conn, "QLTT-DN-02", 0, 1000)
        events = conn.execute(select(audit.c.actor, audit.c.data).where(audit.c.entity_id == doc_id,
                                                                       audit.c.action == "review")).all()
    review = [i for i in items if i["kind"] == "review" and i["key"] == doc_id]
    assert review and review[0]["data"]["state"] == "has_issues"
    assert review[0]["data"]["comment"] == "Thiếu chữ ký người chứng kiến"
    assert not [i for i in other if i["kind"] == "review"]
    assert events and events[-1].actor == "staff:leader-a"
    assert "Thiếu chữ ký" in leader.get(f"/documents/{doc_id}").text  # the case view's audit events


def _expected_report(world: World) -> dict[str, int]:
    docs = _data(world)
    superseded = {d.get("supersedes") for d in docs if d.get("supersedes")}
    live = [d for d in docs if d["id"] not in superseded]
    fines = sum(v.get("fine_amount") or 0 for d in live if d["kind"] == "nd118.mqd02" for v in d["violations"])
    cases = {d["case_id"] or d["id"] for d in live}
    violation_cases = {d["case_id"] or d["id"] for d in live if d["kind"] == "nd118.mbb01"}
    return {"cases": len(cases), "violation_cases": len(violation_cases), "fines": fines, "documents": len(live)}


def test_period_report_xlsx_and_pdf_hold_the_units_figures(leader: TestClient, console: tuple[Any, World]) -> None:
    expected = _expected_report(console[1])
    assert expected["fines"] > 0
    period = "start=2000-01-01&end=2099-12-31"
    r = leader.get(f"/reports/period.xlsx?{period}")
    assert r.headers["content-type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(r.content)).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    header = rows.index(next(row for row in rows if row[0] == "Đơn vị"))
    unit_row = rows[header + 1]
    assert unit_row[0] == UNIT_A and len(rows) == header + 3  # one unit and the total
    assert unit_row[2:] == [expected["cases"], expected["violation_cases"], expected["fines"], unit_row[5],
                            expected["documents"]]
    pdf = leader.get(f"/reports/period.pdf?{period}")
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages)
    assert "Báo cáo kết quả kiểm tra" in text and f"{expected['fines']:,}".replace(",", ".") in text


def test_inbox_exports_follow_the_filter(leader: TestClient, console: tuple[Any, World]) -> None:
    world = console[1]
    mbb01 = {d["id"] for d in _data(world) if d["kind"] == "nd118.mbb01"}
    body = leader.get("/inbox.csv?kind=nd118.mbb01").content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(body)))
    assert rows[0][0] == "Mã văn bản" and {r[0] for r in rows[1:]} == mbb01
    book = load_workbook(io.BytesIO(leader.get("/inbox.xlsx?kind=nd118.mbb01").content))
    assert {row[0].value for row in book.active.iter_rows(min_row=2)} == mbb01


def test_statistics_draw_charts_from_the_same_figures(leader: TestClient, console: tuple[Any, World]) -> None:
    expected = _expected_report(console[1])
    html = leader.get("/stats?start=2000-01-01&end=2099-12-31").text
    assert html.count("<svg") >= 2 and "Số vụ kiểm tra và số vụ vi phạm theo tháng" in html
    assert f"{expected['fines']:,}".replace(",", ".") in html or expected["fines"] == 0


def test_public_verification_says_valid_superseded_or_unknown(console: tuple[Any, World]) -> None:
    app, world = console
    doc = next(iter(world.unit_a_docs.values()))
    data = json.loads(doc["canonical"])
    with TestClient(app, base_url="http://127.0.0.1") as c:
        code = f"QLTT|{doc['id']}|{doc['kind']}|{data['number']}|{doc['sha256'][:16]}"
        html = c.get("/verify", params={"code": code}).text
        assert "có giá trị" in html and data["number"] in html
        for personal in ((data.get("subject") or {}).get("name"), (data.get("subject") or {}).get("id_number")):
            if personal:
                assert personal not in html
        wrong = code[:-4] + ("0000" if not code.endswith("0000") else "1111")
        assert "Không tìm thấy văn bản khớp" in c.get("/verify", params={"code": wrong}).text
        limit = app.state.settings.verify_limit
        old = limit.burst, limit.per_minute
        limit.burst, limit.per_minute = 3, 0.001
        try:
            codes = [c.get("/verify", params={"code": code + " "}).status_code for _ in range(5)]
        finally:
            limit.burst, limit.per_minute = old
        assert codes[-1] == 429


def test_case_view_names_fields_with_the_laptops_labels(leader: TestClient, console: tuple[Any, World]) -> None:
    from html import unescape

    from inspector_app.domain.kinds import KINDS

    doc = next(d for d in _data(console[1]) if d["kind"] == "nd118.mbb01" and d["fields"].get("explanation_right"))
    html = unescape(leader.get(f"/documents/{doc['id']}").text)
    spec = KINDS["nd118.mbb01"]
    shown = [k for k, v in doc["fields"].items() if v and isinstance(v, str)]
    assert shown and all(f"<dt>{spec.field(k).label}</dt>" in html for k in shown)  # type: ignore[union-attr]
    assert not any(f"<dt>{k}</dt>" in html for k in doc["fields"])  # no raw key such as violation_place
    right = spec.field("explanation_right")
    assert right is not None and f"<dd>{right.choice_label(doc['fields']['explanation_right'])}</dd>" in html
