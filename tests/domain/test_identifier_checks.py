"""Check digits and formats: enterprise/tax codes, CCCD numbers and GS1 barcodes."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from inspector_app.domain.checks import (
    CCCD_PROVINCES,
    barcode_problem,
    cccd_problem,
    gs1_check_digit,
    gs1_prefix_country,
    is_gs1_barcode,
    tax_check_digit,
    tax_code_problem,
)

digits = st.text(alphabet="0123456789", min_size=1, max_size=1)


@pytest.mark.parametrize("code", ["0100109106", "0300588569", "0101243150", "0302712571"])
def test_real_enterprise_codes_pass(code):
    assert tax_code_problem(code) is None


@pytest.mark.parametrize("code", ["0100109106-001", "0100109106001", "0100109106 - 001"])
def test_branch_codes_of_thirteen_digits_pass(code):
    assert tax_code_problem(code) is None


@pytest.mark.parametrize("code", ["0100109107", "0100109116", "1100109106"])
def test_tax_code_with_wrong_check_digit_is_refused(code):
    assert tax_code_problem(code) == "Mã số thuế sai chữ số kiểm tra"


@pytest.mark.parametrize("code", ["", "010010910", "01001091060", "0100109106-01", "01001O9106", "0100109106-0012"])
def test_tax_code_of_wrong_length_or_not_digits_is_refused(code):
    assert "10 chữ số" in (tax_code_problem(code) or "")


def test_branch_code_000_is_refused():
    assert "001 đến 999" in (tax_code_problem("0100109106-000") or "")


def test_tax_check_digit_none_when_remainder_gives_ten():
    # 10 - (total % 11) == 10 when total % 11 == 0: no code with those nine digits can be issued.
    first9 = next(f"{n:09d}" for n in range(10**6) if tax_check_digit(f"{n:09d}") is None)
    assert all(tax_code_problem(first9 + d) == "Mã số thuế sai chữ số kiểm tra" for d in "0123456789")


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_generated_tax_codes_pass_and_every_other_last_digit_fails(first9):
    digit = tax_check_digit(first9)
    assume(digit is not None)
    assert tax_code_problem(first9 + str(digit)) is None
    for other in set("0123456789") - {str(digit)}:
        assert tax_code_problem(first9 + other) is not None


def test_cccd_with_valid_province_passes():
    assert cccd_problem("075079001234") is None
    assert cccd_problem("001301001234", birth_date="2001-05-01", gender="Nữ") is None


@pytest.mark.parametrize("number", ["07507900123", "0750790012345", "07507900123a", ""])
def test_cccd_must_be_twelve_digits(number):
    assert cccd_problem(number) == "Số CCCD/định danh cá nhân phải gồm đúng 12 chữ số"


@pytest.mark.parametrize("province", ["000", "003", "005", "099", "100", "999"])
def test_cccd_with_unknown_province_is_refused(province):
    assert province not in CCCD_PROVINCES
    assert "Mã tỉnh" in (cccd_problem(province + "079001234") or "")


def test_cccd_must_match_birth_year_and_gender():
    assert cccd_problem("075079001234", birth_date="1980-01-01") == "Số CCCD không khớp với năm sinh"
    assert cccd_problem("075279001234", birth_date="1979-01-01") == "Số CCCD không khớp với năm sinh"
    assert cccd_problem("075079001234", gender="Nữ") == "Số CCCD không khớp với giới tính"
    assert cccd_problem("075179001234", gender="Nữ", birth_date="1979-06-30") is None


@given(st.sampled_from(sorted(CCCD_PROVINCES)), st.integers(1900, 2099), st.booleans(),
       st.text(alphabet="0123456789", min_size=6, max_size=6))
def test_generated_cccd_numbers_pass(province, year, female, serial):
    century_gender = (year // 100 - 19) * 2 + (1 if female else 0)
    number = f"{province}{century_gender}{year % 100:02d}{serial}"
    assert cccd_problem(number, birth_date=f"{year}-01-01", gender="Nữ" if female else "Nam") is None


@pytest.mark.parametrize("code,name", [("96385074", "EAN-8"), ("036000291452", "UPC-A"),
                                       ("4006381333931", "EAN-13"), ("10012345678902", "GTIN-14")])
def test_known_gs1_codes_pass_and_a_wrong_check_digit_names_the_symbology(code, name):
    assert barcode_problem(code) is None
    assert is_gs1_barcode(code)
    wrong = code[:-1] + str((int(code[-1]) + 1) % 10)
    assert barcode_problem(wrong) == f"Mã vạch {name} sai chữ số kiểm tra"


@pytest.mark.parametrize("code", ["", "12345", "1234567890", "123456789012345", "4006381333931 "])
def test_gs1_wrong_length_or_characters_is_refused(code):
    assert barcode_problem(code) is not None


def test_gs1_refuses_non_ascii_digits():
    assert barcode_problem("٤٠٠٦٣٨١٣٣٣٩٣١") == "Mã vạch chỉ gồm chữ số"


def test_gs1_prefix_country_is_a_hint_for_ean13_only():
    assert gs1_prefix_country("8934588012228") == "Việt Nam"
    assert gs1_prefix_country("6901234567892") == "Trung Quốc"
    assert gs1_prefix_country("96385074") == ""


@st.composite
def valid_gs1(draw):
    length = draw(st.sampled_from([8, 12, 13, 14]))
    body = draw(st.text(alphabet="0123456789", min_size=length - 1, max_size=length - 1))
    return body + str(gs1_check_digit(body))


@given(valid_gs1())
def test_generated_gs1_codes_pass(code):
    assert barcode_problem(code) is None


@given(valid_gs1(), st.data())
def test_any_single_digit_change_fails_gs1(code, data):
    position = data.draw(st.integers(0, len(code) - 1))
    replacement = data.draw(st.sampled_from([d for d in "0123456789" if d != code[position]]))
    changed = code[:position] + replacement + code[position + 1:]
    assert barcode_problem(changed) is not None
