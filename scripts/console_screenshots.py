#!/usr/bin/env python3
"""Screenshots of every HQ console page (docs/screenshots/console-*.png) in Debian's headless Chromium.

Starts the real HQ server over a temp SQLite file, syncs a laptop that loaded the demo dataset into it (so
the printed PDFs and everything else arrive the real way), records a review, then signs in as staff and
photographs each page. Run: ``.venv/bin/python scripts/console_screenshots.py [--out docs/screenshots]``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "sync"))  # the sync tests' helpers: real server, keyring
sys.path.insert(0, str(REPO / "tests" / "sync" / "console"))  # the console tests' browser helpers

import keyring  # noqa: E402
from console_browser import chromium, click_and_wait, sign_in  # noqa: E402
from sync_hq import HQServer, MemoryKeyring  # noqa: E402

from inspector_app.app import build_services  # noqa: E402
from sync.server.console.staff import add_staff  # noqa: E402
from sync.server.deps import utcnow  # noqa: E402

PASSWORD = "mật-khẩu-đủ-dài"


def _scanned_page(number: str) -> bytes:
    """A one-page PDF standing for the scanner's output."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 760, f"Ban quet bien ban {number} (co chu ky)")
    canvas.save()
    return out.getvalue()


def main() -> int:
    """Build the world, take the screenshots, print their paths."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(REPO / "docs" / "screenshots"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    keyring.set_keyring(MemoryKeyring())
    with tempfile.TemporaryDirectory(prefix="console-shots-") as tmp:
        work = Path(tmp)
        hq = HQServer(f"sqlite:///{work / 'hq.sqlite3'}", work)
        hq.start()
        laptop = build_services(work / "laptop", passphrase="mật khẩu của máy chụp ảnh")  # data is encrypted
        driver = chromium(work / "downloads", 1366, 860)
        try:
            account = hq.new_account("QLTT-DN")
            with hq.engine.begin() as conn:
                add_staff(conn, "admin", "Trần Văn Quản", "admin", None, PASSWORD, utcnow())
            laptop.demo.load()
            # The team leader's signed paper, scanned later on the laptop: it travels with role=scan.
            mbb01 = next(d for d in laptop.repo.list_documents(kind="nd118.mbb01") if d.status != "draft")
            scan = work / "ban-quet-bb-vphc.pdf"
            scan.write_bytes(_scanned_page(mbb01.number))
            laptop.documents.attach_scan(mbb01.id, scan)
            laptop.sync.login(hq.url, account.username, account.password, "Laptop Đội 1")
            laptop.sync.sync()
            from selenium.webdriver.common.by import By
            from selenium.webdriver.support.ui import Select

            shots: list[Path] = []

            def shot(name: str, full: bool = True) -> None:
                if full:  # the whole page, not only the first screen
                    height = driver.execute_script("return document.documentElement.scrollHeight")
                    driver.set_window_size(1366, min(max(860, height + 20), 3000))
                path = out / f"console-{name}.png"
                driver.save_screenshot(str(path))
                driver.set_window_size(1366, 860)
                shots.append(path)

            driver.get(f"{hq.url}/login")
            shot("01-login", full=False)
            sign_in(driver, hq.url, "admin", PASSWORD)
            driver.get(f"{hq.url}/documents/{mbb01.id}")
            form = driver.find_element(By.ID, f"review-{mbb01.id}")
            Select(form.find_element(By.NAME, "state")).select_by_value("has_issues")
            form.find_element(By.NAME, "comment").send_keys("Thiếu chữ ký của người chứng kiến ở trang 2")
            click_and_wait(driver, form.find_element(By.TAG_NAME, "button"))
            driver.get(f"{hq.url}/inbox")
            shot("02-inbox")
            driver.get(f"{hq.url}/inbox?q=hoang+gia")
            shot("03-inbox-search", full=False)
            driver.get(f"{hq.url}/documents/{mbb01.id}")
            shot("04-case")
            driver.get(f"{hq.url}/stats")
            shot("05-stats")
            driver.get(f"{hq.url}/reports")
            shot("06-reports", full=False)
            driver.get(f"{hq.url}/admin")
            for key, product, reason in (("8935049510864", "Nước hoa Chanel No5 50ml (giả)", "Hàng giả đã xử lý"),
                                         ("shopee.vn/tram.beauty", "Gian hàng Tram Beauty Store",
                                          "Bán mỹ phẩm không rõ nguồn gốc")):
                driver.find_element(By.ID, "ref-key").send_keys(key)
                driver.find_element(By.ID, "ref-product").send_keys(product)
                driver.find_element(By.ID, "ref-reason").send_keys(reason)
                driver.find_element(By.ID, "ref-source").send_keys("Chi cục QLTT tỉnh Đồng Nai")
                click_and_wait(driver, driver.find_element(By.ID, "ref-add"))
            shot("07-admin")
            final = laptop.repo.get_document(mbb01.id)
            driver.delete_all_cookies()
            driver.get(f"{hq.url}/verify?code=QLTT|{final.id}|{final.kind}|{final.number}|{final.sha256[:16]}")
            shot("08-verify", full=False)
            for path in shots:
                print(path)
        finally:
            driver.quit()
            laptop.close()
            hq.stop()
            hq.engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
