"""The console in a real browser against the real HQ server: a leader logs in, filters the inbox, opens a
case and its printed PDF, reviews it, the review reaches the officer's laptop at its next sync, the period
report downloads and opens in openpyxl; a viewer cannot review; another unit's staff cannot see the case.
"""

from __future__ import annotations

import io
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from console_browser import available, chromium, click_and_wait, sign_in
from console_world import PASSWORD
from openpyxl import load_workbook
from pypdf import PdfReader
from sync_hq import HQServer

from inspector_app.app import build_services
from inspector_app.domain.text import fold
from sync.server.console.staff import add_staff
from sync.server.deps import utcnow

pytestmark = pytest.mark.skipif(not available(), reason="chromium and chromium-driver are not installed")


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Path]]:
    """One headless Chromium for the module, with its download folder."""
    downloads = tmp_path_factory.mktemp("downloads")
    driver = chromium(downloads)
    yield driver, downloads
    driver.quit()


def _wait_for_file(folder: Path, suffix: str, timeout: float = 20) -> Path:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done = [p for p in folder.iterdir() if p.name.endswith(suffix)]
        if done:
            return done[0]
        time.sleep(0.1)
    raise AssertionError(f"no {suffix} downloaded into {folder}: {list(folder.iterdir())}")


def test_review_in_the_browser_reaches_the_laptop(hq_sqlite: HQServer, browser: tuple[Any, Path],
                                                  tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    driver, downloads = browser
    base = hq_sqlite.url
    account = hq_sqlite.new_account("CC")
    other = hq_sqlite.new_account("KH")
    with hq_sqlite.engine.begin() as conn:
        add_staff(conn, f"lead-{account.unit_code}", "Lê Văn Đội", "leader", account.unit_code, PASSWORD, utcnow())
        add_staff(conn, f"view-{account.unit_code}", "Phạm Thị Xem", "viewer", account.unit_code, PASSWORD, utcnow())
        add_staff(conn, f"lead-{other.unit_code}", "Đỗ Minh Hai", "leader", other.unit_code, PASSWORD, utcnow())

    laptop = build_services(tmp_path / "laptop")
    try:
        laptop.demo.load()
        laptop.sync.login(base, account.username, account.password, "máy thử")
        assert laptop.sync.sync().complete

        # A leader logs in and filters the inbox by kind.
        sign_in(driver, base, f"lead-{account.unit_code}", PASSWORD)
        assert driver.current_url.endswith("/inbox") and "Lê Văn Đội" in driver.find_element(By.ID, "who").text
        Select(driver.find_element(By.ID, "kind")).select_by_value("nd118.mbb01")
        click_and_wait(driver, driver.find_element(By.ID, "apply"))
        links = driver.find_elements(By.CSS_SELECTOR, "#inbox a.open")
        mbb01 = [d for d in laptop.repo.list_documents(kind="nd118.mbb01") if d.status != "draft"]
        assert len(links) == len(mbb01) > 0
        # Search typed without diacritics finds the subject written with them.
        subject = laptop.repo.get_document(mbb01[0].id).subject
        assert subject is not None
        words = " ".join(fold(subject.name).split()[-2:])
        driver.get(f"{base}/inbox")
        driver.find_element(By.ID, "q").send_keys(words)
        click_and_wait(driver, driver.find_element(By.ID, "apply"))
        assert mbb01[0].id in driver.page_source
        assert all(words in fold(row.text) for row in driver.find_elements(By.CSS_SELECTOR, "#inbox tbody tr")
                   if row.find_elements(By.CSS_SELECTOR, "a.open") and subject.name in row.text)

        # Open a case, then its printed PDF.
        driver.get(f"{base}/inbox?kind=nd118.mbb01")
        click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "#inbox a.open"))
        doc_id = driver.current_url.split("/documents/")[1].split("#")[0]
        case_url = driver.current_url.split("#")[0]
        pdf_link = driver.find_element(By.ID, f"printed-{doc_id}")
        session = requests.Session()
        for cookie in driver.get_cookies():
            session.cookies.set(cookie["name"], cookie["value"])
        pdf = session.get(pdf_link.get_attribute("href"))
        assert pdf.headers["content-type"] == "application/pdf"
        number = next(d.number for d in mbb01 if d.id == doc_id)
        text = PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text()
        assert number in text

        # Review it with a comment.
        form = driver.find_element(By.ID, f"review-{doc_id}")
        Select(form.find_element(By.NAME, "state")).select_by_value("has_issues")
        form.find_element(By.NAME, "comment").send_keys("Thiếu chữ ký của người chứng kiến")
        click_and_wait(driver, form.find_element(By.TAG_NAME, "button"))
        assert driver.find_element(By.ID, "saved")
        assert driver.find_element(By.ID, f"state-{doc_id}").text == "Có vấn đề"

        # The officer's laptop sees it after its next sync, on the document and in the deadline list.
        assert laptop.sync.sync().complete
        review = laptop.rules.hq_review(doc_id)
        assert review is not None and review["state"] == "has_issues"
        assert review["comment"] == "Thiếu chữ ký của người chứng kiến"
        assert any(item.document_id == doc_id for item in laptop.rules.hq_review_items())
        listed = {d.id: d.hq_review for d in laptop.repo.list_documents(kind="nd118.mbb01")}
        assert listed[doc_id] == "Có vấn đề"  # the label the document list shows

        # The period report downloads and opens in openpyxl.
        driver.get(f"{base}/reports?start=2000-01-01&end=2099-12-31")
        driver.find_element(By.ID, "report-xlsx").click()
        book = load_workbook(_wait_for_file(downloads, ".xlsx"))
        values = [[c.value for c in row] for row in book.active.iter_rows()]
        assert any(row[0] == account.unit_code for row in values)

        # A viewer reads but cannot review.
        sign_in(driver, base, f"view-{account.unit_code}", PASSWORD)
        driver.get(case_url)
        assert not driver.find_elements(By.ID, f"review-{doc_id}")
        assert "không duyệt được" in driver.page_source

        # Another unit's leader cannot see the case at all.
        sign_in(driver, base, f"lead-{other.unit_code}", PASSWORD)
        driver.get(case_url)
        assert "Không tìm thấy" in driver.find_element(By.TAG_NAME, "h1").text
        assert doc_id not in driver.page_source
    finally:
        laptop.close()
