#!/usr/bin/env python3
"""The raid's traps, checked in a real window: Xvfb + the running app driven by xdotool.

    scripts/gui_check.py [--json] [--keep]

What it does, as an officer would with a USB scanner (``xdotool type --delay 15`` + Return, as in
gui-review.md):

1. seeds a data directory with a unit, an officer and one case with two goods rows;
2. starts a 1366×768 Xvfb screen with a keymap that binds every Vietnamese letter to a key of its own (the
   cure gui-review.md describes: xdotool's on-the-fly remapping drops and lower-cases letters), and the app;
3. opens the case from the search field (Enter), Alt+H, scans one code into the barcode field, then moves
   into the goods table, selects the Số lượng cell of a row and scans again; opens that cell's editor with
   F2 and scans a third time;
4. Ctrl+L locks the window; a scan then changes nothing; the passphrase typed (Vietnamese) and Return unlock;
5. Alt+U (general tab), types into the case title and presses Ctrl+S (the save must come well before the 1-second autosave);
6. types Vietnamese into the place field, waits 3 s and kills the app with SIGKILL;
7. reads the case back with ``inspector show --json`` and checks: the scans raised the scanned rows, no cell
   took the digits, both typed texts are stored exactly, the database passes ``PRAGMA integrity_check``.

Exit code 0 when every check passes, 1 when one fails, 2 when the environment lacks Xvfb, xdotool or xkbcomp.
Takes about 30 seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from shutil import which
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

KNOWN = "8935049500308"  # in the case already (quantity 3): the row whose Số lượng cell is selected
OTHER = "8934604001168"  # new to the case: scanned into the barcode field, then into an open cell editor
TITLE = "Kiểm tra cửa hàng tạp hóa Bình An"
PLACE = "Số 128 đường Võ Thị Sáu, phường Thống Nhất, Biên Hòa"
TITLE_ADDED = " - lan 2"
PLACE_ADDED = ", kho số 2 phường Tân Mai, Đồng Nai"
SCAN_DELAY_MS = 15


# -- the keymap: every Vietnamese letter on a key of its own ---------------------------------------------------
def vietnamese_letters() -> list[str]:
    """The 67 lower-case Vietnamese letters that are not plain ASCII."""
    tones = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
    bases = ("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")
    letters = [unicodedata.normalize("NFC", b + t) for b in bases for t in tones]
    return [ch for ch in letters if not ch.isascii()] + ["đ"]


def keysym(ch: str) -> str:
    return {"đ": "dstroke", "Đ": "Dstroke"}.get(ch, f"U{ord(ch):04X}")


def load_vietnamese_keymap(display: str, work: Path, text_to_type: str) -> None:
    """Dump the server's keymap, bind the Vietnamese letters of ``text_to_type`` to keys that carry nothing,
    and load it back (xkbcomp).

    Only keys with no binding at all are used: letters put on keys that carried a multimedia keysym (XF86…)
    were dropped by the server now and then, and with all 67 letters there are not enough free keys."""
    env = {**os.environ, "DISPLAY": display}
    dump = work / "keymap.xkb"
    subprocess.run(["xkbcomp", "-xkb", display, str(dump)], check=True, env=env, capture_output=True)
    text = dump.read_text()
    wanted = {c.lower() for c in text_to_type}
    keycodes = text[text.index("xkb_keycodes"):text.index("xkb_types")]
    defined = re.findall(r"^\s*(<[^>]+>)\s*=\s*\d+\s*;", keycodes, re.M)
    bound = dict(re.findall(r"^\s*key\s+(<[^>]+>)\s*\{(.*)\};\s*$", text, re.M))
    spare = [n for n in reversed(defined) if n not in bound]
    # Lower case on the first level, upper case on the shifted level of a TWO_LEVEL key (gui-review.md).
    letters = [c for c in vietnamese_letters() if c in wanted]
    if len(spare) < len(letters):
        raise RuntimeError(f"only {len(spare)} spare keys for {len(letters)} letters")
    chosen = spare[:len(letters)]
    symbols = "".join(f'    key {n} {{ type= "TWO_LEVEL", symbols[Group1]= [ {keysym(c)}, {keysym(c.upper())} ] }};\n'
                      for n, c in zip(chosen, letters, strict=True))
    text = re.sub(r"(xkb_symbols[^{]*\{)", lambda m: m.group(1) + "\n" + symbols, text, count=1)
    edited = work / "keymap-vi.xkb"
    edited.write_text(text)
    subprocess.run(["xkbcomp", str(edited), display], check=True, env=env, capture_output=True)


# -- the app and the screen ----------------------------------------------------------------------------------
def seed(data_dir: Path) -> str:
    """A configured installation with one case and two goods rows; returns the case id."""
    from inspector_app.app import build_services
    from inspector_app.domain.model import GoodsRow, Officer, Unit, new_id

    s = build_services(data_dir)
    try:
        s.profile.set_profile(
            Unit(code="QLTT-DN-01", name="ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 1",
                 parent_name="CHI CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH ĐỒNG NAI", place_name="Biên Hòa"),
            Officer(id=new_id(), full_name="Nguyễn Thị Thanh Hương", title="Kiểm soát viên thị trường",
                    officer_no="QLTT0215", card_no="KT-0215/2023"))
        case = s.cases.new_case(title=TITLE, place=PLACE)
        s.cases.save_goods_row(case.id, GoodsRow(id=new_id(), name="Thuốc lá điếu Jet (bao 20 điếu)", unit="bao",
                                                 quantity=Decimal(3), barcode=KNOWN, unit_price=25_000))
        s.cases.save_goods_row(case.id, GoodsRow(id=new_id(), name="Nước hoa Chanel (nghi giả)", unit="chai",
                                                 quantity=Decimal(2), unit_price=185_000))
        return case.id
    finally:
        s.close()


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """An Xvfb screen on a display number other tools are unlikely to take (others here use xvfb-run -a,
    which starts at :99 and goes down; -displayfd starts at :0)."""
    for number in range(140, 240):
        if Path(f"/tmp/.X{number}-lock").exists() or Path(f"/tmp/.X11-unix/X{number}").exists():
            continue
        proc = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if wait_for(lambda n=number: Path(f"/tmp/.X11-unix/X{n}").exists(), timeout=10) is not None \
                and proc.poll() is None:
            return proc, f":{number}"
        proc.kill()
        proc.wait(5)
    raise RuntimeError("Xvfb did not start")


class Screen:
    """xdotool on one display."""

    def __init__(self, display: str) -> None:
        self.env = {**os.environ, "DISPLAY": display}

    def run(self, *args: str) -> str:
        return subprocess.run(["xdotool", *args], check=True, env=self.env, capture_output=True,
                              text=True).stdout.strip()

    def shot(self, path: Path) -> None:
        """A screenshot of the whole screen (ImageMagick's import), when it is installed (--keep)."""
        if which("import"):
            subprocess.run(["import", "-window", "root", str(path)], env=self.env, capture_output=True)

    def key(self, *keys: str) -> None:
        for k in keys:
            self.run("key", "--clearmodifiers", k)
            time.sleep(0.15)

    def type(self, text: str, delay_ms: int = 60) -> None:
        self.run("type", "--delay", str(delay_ms), text)

    def scan(self, code: str) -> None:
        self.run("type", "--delay", str(SCAN_DELAY_MS), code)
        self.run("key", "Return")

    def wait_window(self, name: str, timeout: float = 30) -> str:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", name], env=self.env,
                                   capture_output=True, text=True).stdout.split()
            if found:
                return found[0]
            time.sleep(0.2)
        raise TimeoutError(f"no window named {name!r} within {timeout:.0f} s")


def stored_case(data_dir: Path, case_id: str) -> dict[str, Any]:
    out = subprocess.run([sys.executable, "-m", "inspector_app", "--data-dir", str(data_dir), "show", case_id,
                          "--json"], check=True, capture_output=True, text=True, cwd=ROOT)
    return dict(json.loads(out.stdout))


def passphrase() -> str:
    """The data passphrase (``main`` sets it for the seed, the app and ``inspector show``)."""
    return os.environ["INSPECTOR_PASSPHRASE"]


def read_only_db(data_dir: Path) -> sqlite3.Connection:
    """A second connection to the app's encrypted database, keyed from its key file and the passphrase."""
    from inspector_app.store.copying import connect_file
    from inspector_app.store.crypto import KeyFile
    from inspector_app.store.db import DB_FILENAME

    key = KeyFile.load(data_dir).unlock(passphrase())
    return connect_file(data_dir / DB_FILENAME, key.database)


def wait_for(pred: Callable[[], bool], timeout: float, step: float = 0.05) -> float | None:
    """Seconds until ``pred()`` held, or None."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        try:
            if pred():
                return time.monotonic() - start
        except sqlite3.Error:
            pass
        time.sleep(step)
    return None


# -- the check -----------------------------------------------------------------------------------------------
def run_check(work: Path, shots: bool = False) -> dict[str, Any]:
    data_dir = work / "data"
    data_dir.mkdir()
    case_id = seed(data_dir)
    xvfb, display = start_xvfb()
    app: subprocess.Popen[bytes] | None = None
    checks: dict[str, bool] = {}
    facts: dict[str, Any] = {"display": display}
    try:
        load_vietnamese_keymap(display, work, TITLE_ADDED + PLACE_ADDED + passphrase())
        screen = Screen(display)

        def shot(name: str) -> None:
            if shots:
                screen.shot(work / f"{name}.png")
        env = {**screen.env, "QT_QPA_PLATFORM": "xcb", "INSPECTOR_DATA_DIR": str(data_dir),
               "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring", "LANG": "vi_VN.UTF-8"}
        stderr_path = work / "app.stderr"
        with stderr_path.open("wb") as err:
            app = subprocess.Popen([sys.executable, "-m", "inspector_app", "--data-dir", str(data_dir)], cwd=ROOT,
                                   env=env, stdout=subprocess.DEVNULL, stderr=err)
        window = screen.wait_window("Nguyễn Thị Thanh Hương")  # the title names the officer once data is open
        # No window manager: give the window the keyboard as a click on it would.
        screen.run("windowfocus", "--sync", window)
        time.sleep(1.0)

        # Open the case from the search field.
        screen.key("ctrl+f")
        screen.type("binh an")
        screen.key("Return")
        time.sleep(1.5)

        # Alt+H: the cursor must be in the barcode field, so the first scan counts.
        shot("1-case-opened")
        screen.key("alt+h")
        time.sleep(0.5)
        screen.scan(OTHER)
        time.sleep(0.8)
        # Into the table, the Số lượng cell of the first row (KNOWN) selected; scan again.
        screen.key("Tab", "ctrl+Home")
        for _ in range(6):
            screen.key("Right")
        shot("2-cell-selected")
        screen.scan(KNOWN)
        time.sleep(0.8)
        # The same cell's editor opened with F2; a scan must not land in it either.
        screen.key("F2")
        screen.scan(OTHER)
        time.sleep(1.0)

        shot("3-after-scans")
        # Ctrl+L locks: the content is hidden and a scan now reaches neither the goods nor anything else
        # (it lands in the lock's secret field, a wrong secret); the passphrase typed on the keyboard unlocks.
        with read_only_db(data_dir) as db:
            def goods_now() -> list[tuple[str, str]]:
                return sorted(db.execute("SELECT barcode, quantity FROM goods WHERE case_id = ?", (case_id,)))
            before_lock = goods_now()
            screen.key("ctrl+l")
            time.sleep(0.8)
            shot("5-locked")
            screen.scan(KNOWN)
            time.sleep(2.5)  # the wrong secret is checked on the worker (Argon2, about a second)
            checks["scan_while_locked_changes_nothing"] = goods_now() == before_lock
        shot("6-wrong-secret")
        screen.type(passphrase(), delay_ms=40)
        screen.key("Return")
        time.sleep(3.0)
        shot("7-unlocked")

        # Ctrl+S: a title edit saved well before the 1-second autosave would.
        screen.key("alt+u")  # "Thông tin ch&ung": the tab's first field, the title, takes the cursor
        screen.key("End")
        screen.type(TITLE_ADDED, delay_ms=20)
        screen.key("ctrl+s")
        with read_only_db(data_dir) as db:
            took = wait_for(lambda: db.execute("SELECT title FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
                            == TITLE + TITLE_ADDED, timeout=3)
        facts["ctrl_s_saved_after_s"] = None if took is None else round(took, 3)
        checks["ctrl_s_saves_before_the_autosave"] = took is not None and took < 0.8

        # Type Vietnamese into the place (the next field), then kill -9 three seconds later.
        screen.key("Tab", "End")
        screen.type(PLACE_ADDED)
        shot("4-typed")
        time.sleep(3.0)
        os.kill(app.pid, signal.SIGKILL)
        app.wait(10)
        facts["app_stderr"] = stderr_path.read_text(errors="replace")[-2000:]
        checks["no_ambiguous_shortcut"] = "Ambiguous shortcut" not in facts["app_stderr"]

        case = stored_case(data_dir, case_id)
        goods = {g.get("barcode") or g["name"]: g for g in case["goods"]}
        facts["goods"] = {k: (g["name"], g["quantity"]) for k, g in goods.items()}
        facts["title"], facts["place"] = case["title"], case["place"]
        checks["scan_into_the_barcode_field_counted"] = OTHER in goods
        checks["scan_with_a_cell_selected_raised_its_row"] = Decimal(str(goods[KNOWN]["quantity"])) == 4
        checks["scan_into_an_open_cell_editor_went_to_the_intake"] = (
            OTHER in goods and Decimal(str(goods[OTHER]["quantity"])) == 2)
        checks["no_cell_took_the_digits"] = (
            len(case["goods"]) == 3 and all(not g["name"].isdigit() and Decimal(str(g["quantity"])) < 100
                                            for g in case["goods"])
            and goods[KNOWN]["name"] == "Thuốc lá điếu Jet (bao 20 điếu)")
        checks["title_saved_exactly"] = case["title"] == TITLE + TITLE_ADDED
        checks["vietnamese_typing_saved_before_the_kill"] = case["place"] == PLACE + PLACE_ADDED
        with read_only_db(data_dir) as db:
            checks["database_intact"] = db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        if app is not None and app.poll() is None:
            app.kill()
            app.wait(10)
        xvfb.terminate()
        xvfb.wait(10)
    return {"ok": all(checks.values()), "checks": checks, "facts": facts}


def main(argv: list[str] | None = None) -> int:
    """Run the check; print a report (``--json`` for machines)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--keep", action="store_true", help="keep the work directory (data, keymap, app stderr)")
    args = parser.parse_args(argv)
    # The data is encrypted: the seed, the app and ``inspector show`` take the passphrase from here.
    os.environ.setdefault("INSPECTOR_PASSPHRASE", "kiểm tra trong cửa sổ thật")
    missing = [tool for tool in ("Xvfb", "xdotool", "xkbcomp") if which(tool) is None]
    if missing:
        print(f"Thiếu công cụ: {', '.join(missing)} (apt-get install xvfb xdotool x11-xkb-utils)", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="gui-check-"))
    try:
        result = run_check(work, shots=args.keep)
    finally:
        if not args.keep:
            import shutil

            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        for name, ok in result["checks"].items():
            print(f"{'ok  ' if ok else 'FAIL'} {name}")
        if not result["ok"]:
            print(json.dumps(result["facts"], ensure_ascii=False, indent=2))
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
