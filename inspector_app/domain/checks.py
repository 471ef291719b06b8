"""Check-digit and format checks for Vietnamese identifiers and GS1 barcodes."""

from __future__ import annotations

import re

# Province codes of the 12-digit CCCD / personal identification number (Thông tư 07/2016/TT-BCA, Phụ lục).
# Numbers already issued keep their code when provinces merge, so the 63-province table stays valid.
CCCD_PROVINCES: dict[str, str] = {
    "001": "Hà Nội", "002": "Hà Giang", "004": "Cao Bằng", "006": "Bắc Kạn", "008": "Tuyên Quang",
    "010": "Lào Cai", "011": "Điện Biên", "012": "Lai Châu", "014": "Sơn La", "015": "Yên Bái",
    "017": "Hòa Bình", "019": "Thái Nguyên", "020": "Lạng Sơn", "022": "Quảng Ninh", "024": "Bắc Giang",
    "025": "Phú Thọ", "026": "Vĩnh Phúc", "027": "Bắc Ninh", "030": "Hải Dương", "031": "Hải Phòng",
    "033": "Hưng Yên", "034": "Thái Bình", "035": "Hà Nam", "036": "Nam Định", "037": "Ninh Bình",
    "038": "Thanh Hóa", "040": "Nghệ An", "042": "Hà Tĩnh", "044": "Quảng Bình", "045": "Quảng Trị",
    "046": "Thừa Thiên Huế", "048": "Đà Nẵng", "049": "Quảng Nam", "051": "Quảng Ngãi", "052": "Bình Định",
    "054": "Phú Yên", "056": "Khánh Hòa", "058": "Ninh Thuận", "060": "Bình Thuận", "062": "Kon Tum",
    "064": "Gia Lai", "066": "Đắk Lắk", "067": "Đắk Nông", "068": "Lâm Đồng", "070": "Bình Phước",
    "072": "Tây Ninh", "074": "Bình Dương", "075": "Đồng Nai", "077": "Bà Rịa - Vũng Tàu",
    "079": "Hồ Chí Minh", "080": "Long An", "082": "Tiền Giang", "083": "Bến Tre", "084": "Trà Vinh",
    "086": "Vĩnh Long", "087": "Đồng Tháp", "089": "An Giang", "091": "Kiên Giang", "092": "Cần Thơ",
    "093": "Hậu Giang", "094": "Sóc Trăng", "095": "Bạc Liêu", "096": "Cà Mau",
}

_TAX_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def tax_check_digit(first9: str) -> int | None:
    """Check digit of a Vietnamese tax code from its first 9 digits; None when no valid digit exists."""
    total = sum(int(d) * w for d, w in zip(first9, _TAX_WEIGHTS, strict=True))
    digit = 10 - total % 11
    return digit if digit <= 9 else None


def tax_code_problem(code: str) -> str | None:
    """Vietnamese message if ``code`` is not a valid tax / enterprise code (10 digits, or 10-3 for a branch)."""
    compact = code.replace(" ", "")
    m = re.fullmatch(r"(\d{10})(?:-?(\d{3}))?", compact)
    if not m:
        return "Mã số thuế phải gồm 10 chữ số, hoặc 13 chữ số (10 số và 3 số chi nhánh)"
    base, branch = m.group(1), m.group(2)
    expected = tax_check_digit(base[:9])
    if expected is None or int(base[9]) != expected:
        return "Mã số thuế sai chữ số kiểm tra"
    if branch is not None and branch == "000":
        return "Mã chi nhánh (3 số cuối) phải từ 001 đến 999"
    return None


def cccd_problem(number: str, birth_date: str = "", gender: str = "") -> str | None:
    """Vietnamese message if ``number`` is not a plausible 12-digit CCCD; checks province, century, year."""
    if not re.fullmatch(r"\d{12}", number):
        return "Số CCCD/định danh cá nhân phải gồm đúng 12 chữ số"
    if number[:3] not in CCCD_PROVINCES:
        return f"Mã tỉnh {number[:3]} trong số CCCD không tồn tại"
    century_gender = int(number[3])
    if birth_date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", birth_date):
        year = int(birth_date[:4])
        century = 1900 + 100 * (century_gender // 2)
        if not (century <= year < century + 100) or int(number[4:6]) != year % 100:
            return "Số CCCD không khớp với năm sinh"
    if gender:
        expected = "Nam" if century_gender % 2 == 0 else "Nữ"
        if gender in ("Nam", "Nữ") and gender != expected:
            return "Số CCCD không khớp với giới tính"
    return None


def gs1_check_digit(body: str) -> int:
    """GS1 mod-10 check digit for the digits before the check digit (weights 3,1,… from the right)."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return (10 - total % 10) % 10


GS1_LENGTHS = {8: "EAN-8", 12: "UPC-A", 13: "EAN-13", 14: "GTIN-14"}


def barcode_problem(code: str) -> str | None:
    """Vietnamese message if a GS1 barcode (EAN-8, UPC-A, EAN-13, GTIN-14) is malformed or fails its check."""
    if not code.isdigit() or not code.isascii():
        return "Mã vạch chỉ gồm chữ số"
    if len(code) not in GS1_LENGTHS:
        return "Mã vạch phải có 8, 12, 13 hoặc 14 chữ số (EAN-8, UPC-A, EAN-13, GTIN-14)"
    if gs1_check_digit(code[:-1]) != int(code[-1]):
        return f"Mã vạch {GS1_LENGTHS[len(code)]} sai chữ số kiểm tra"
    return None


# A store label or Code 128 symbol: printable ASCII without spaces (Code 128 set B covers 32-126; a scanner
# sends it as typed characters). Shorter than 3 is a stray key press, longer than 48 is not one symbol.
_STORE_CODE = re.compile(r"[!-~]{3,48}")
STORE_CODE_NOTE = "Mã cửa hàng / Code 128, không phải mã GS1"


def scan_problem(code: str) -> tuple[str | None, bool]:
    """Check a scanned code: ``(problem, is_gs1)``.

    Digits of a GS1 length are a GS1 barcode and must pass the check digit (a wrong one is a misread, not
    another product). Any other code of 3 to 48 printable ASCII characters (letters and digits of a store
    label or a Code 128 symbol) is accepted as a non-GS1 code; the row then says so.
    """
    if code.isascii() and code.isdigit() and len(code) in GS1_LENGTHS:
        return barcode_problem(code), True
    if not _STORE_CODE.fullmatch(code):
        return ("Mã vạch chỉ gồm chữ cái không dấu, chữ số và ký hiệu, từ 3 đến 48 ký tự, không có khoảng trắng",
                False)
    return None, False


def is_gs1_barcode(code: str) -> bool:
    """True if ``code`` is a valid GS1 barcode."""
    return barcode_problem(code) is None


def gs1_prefix_country(code: str) -> str:
    """Country of the GS1 member organisation for an EAN-13 prefix (a hint, not the origin of the goods)."""
    if len(code) == 13 and code.startswith("893"):
        return "Việt Nam"
    if len(code) == 13 and code[:3] in {"690", "691", "692", "693", "694", "695", "696", "697", "698", "699"}:
        return "Trung Quốc"
    return ""
