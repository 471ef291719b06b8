"""``inspector rules fine|deadline|catalog|case|overdue`` through the real command line entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from inspector_app.cli import run


def _run(capsys: pytest.CaptureFixture[str], data_dir: Path, *argv: str) -> tuple[int, str, str]:
    code = run([*argv, "--data-dir", str(data_dir)])
    out, err = capsys.readouterr()
    return code, out, err


def test_fine_json_prints_point_and_range(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, out, _ = _run(capsys, data_dir, "rules", "fine", "--decree", "98/2020/NĐ-CP", "--article", "15",
                        "--clause", "1", "--goods-value", "25000000", "--json")
    data = json.loads(out)
    assert code == 0 and (data["point"], data["min"], data["max"]) == ("đ", 6_000_000, 10_000_000)
    code, out, _ = _run(capsys, data_dir, "rules", "fine", "--decree", "98/2020/NĐ-CP", "--article", "15",
                        "--clause", "1", "--goods-value", "25.000.000", "--organization", "--json")
    assert code == 0 and (json.loads(out)["min"], json.loads(out)["max"]) == (12_000_000, 20_000_000)


def test_fine_text_with_a_picked_amount_prints_words(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, out, _ = _run(capsys, data_dir, "rules", "fine", "--decree", "98/2020/NĐ-CP", "--article", "15",
                        "--clause", "1", "--goods-value", "25000000", "--amount", "7000000")
    assert code == 0
    assert "điểm đ khoản 1 Điều 15" in out and "Bảy triệu đồng" in out


def test_deadline_json_prints_the_due_date_of_the_penalty_decision(capsys: pytest.CaptureFixture[str],
                                                                   data_dir: Path) -> None:
    code, out, _ = _run(capsys, data_dir, "rules", "deadline", "--event", "mbb01", "--at", "2027-03-11T10:00",
                        "--json")
    assert code == 0 and json.loads(out)["due"] == "2027-03-22"
    code, out, _ = _run(capsys, data_dir, "rules", "deadline", "--event", "mbb01", "--at", "11/03/2027 10:00",
                        "--variant", "transferred", "--json")
    assert code == 0 and json.loads(out)["due"] == "2027-03-25"


@pytest.mark.parametrize("argv", [
    ("rules", "fine", "--decree", "98/2020/NĐ-CP", "--article", "15", "--clause", "1", "--goods-value", "-1"),
    ("rules", "fine", "--decree", "98/2020/NĐ-CP", "--article", "15", "--clause", "1", "--goods-value", "1e9"),
    ("rules", "fine", "--decree", "98/2020/NĐ-CP", "--article", "15", "--clause", "1",
     "--goods-value", "99999999999999999999"),
    ("rules", "fine", "--decree", "98/2020/NĐ-CP", "--article", "999", "--clause", "1", "--goods-value", "5"),
    ("rules", "fine", "--decree", "1/1990/NĐ-CP", "--article", "15", "--clause", "1", "--goods-value", "5"),
    ("rules", "fine", "--decree", "98/2020/NĐ-CP", "--article", "-15", "--clause", "1", "--goods-value", "5"),
    ("rules", "fine", "--decree", "98/2020/NĐ-CP", "--article", "15", "--clause", "1", "--goods-value", "5",
     "--amount", "100"),
    ("rules", "deadline", "--event", "mbb01", "--at", "2027-02-30T10:00"),
    ("rules", "deadline", "--event", "mbb01", "--at", "3027-03-11T10:00"),
    ("rules", "deadline", "--event", "mbb01", "--at", "hôm qua"),
    ("rules", "deadline", "--event", "lunch", "--at", "2027-03-11T10:00"),
    ("rules", "deadline", "--event", "mbb01", "--at", "2027-03-11T10:00", "--variant", "forever"),
])
def test_negative_or_absurd_input_exits_2_with_one_clear_line(capsys: pytest.CaptureFixture[str], data_dir: Path,
                                                             argv: tuple[str, ...]) -> None:
    code, out, err = _run(capsys, data_dir, *argv)
    assert code == 2
    assert err.startswith("Lỗi") and "Traceback" not in err
    assert out == ""


def test_error_with_json_is_the_error_envelope(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, out, _ = _run(capsys, data_dir, "rules", "fine", "--decree", "98/2020/NĐ-CP", "--article", "15",
                        "--clause", "1", "--goods-value", "-5", "--json")
    assert code == 2 and json.loads(out)["ok"] is False


def test_catalog_search(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, out, _ = _run(capsys, data_dir, "rules", "catalog", "niem", "phong", "--json")
    assert code == 0 and [e["id"] for e in json.loads(out)] == ["nd98.79.1"]


def test_case_and_overdue_commands(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, out, _ = _run(capsys, data_dir, "rules", "overdue", "--json")
    assert code == 0 and json.loads(out) == []
    code, _, err = _run(capsys, data_dir, "rules", "case", "no-such-case")
    assert code == 2 and "vụ việc" in err


def test_case_deadlines_name_the_document_each_clock_runs_from(capsys: pytest.CaptureFixture[str],
                                                               services, data_dir: Path) -> None:
    from inspector_builders import make_case, make_final

    case = make_case(services)
    mbb01 = make_final(services, case, "nd118.mbb01")
    mbb15 = make_final(services, case, "nd118.mbb15")
    services.close()
    code, out, _ = _run(capsys, data_dir, "rules", "case", case.id)
    ins = [line for line in out.splitlines() if "INS" in line]
    assert code == 0 and len(ins) == 2
    assert any(mbb01.number in line for line in ins) and any(mbb15.number in line for line in ins)
