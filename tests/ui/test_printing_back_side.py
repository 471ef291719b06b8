"""The back-page receipt goes on the back of the last sheet (review M3): the plan of a print job for duplex
and single-sided printers and the instructions for turning the sheets over (the PDF keyword that marks the
receipt page is tested with the forms)."""

from __future__ import annotations

from inspector_app.ui.printing import BLANK, flip_instructions, plan_pages


def test_duplex_puts_one_page_per_sheet_and_the_receipt_on_the_back_of_the_last() -> None:
    steps, back = plan_pages(4, receipt=True, copies=2, duplex=True)
    # pages 0..2 are the three sheets, page 3 the receipt: 0/blank, 1/blank, 2/receipt, for each copy.
    assert steps == [0, BLANK, 1, BLANK, 2, 3] * 2
    assert back == []


def test_single_sided_prints_the_sheets_then_the_receipts_after_turning_them_over() -> None:
    steps, back = plan_pages(4, receipt=True, copies=2, duplex=False)
    assert steps == [0, 1, 2, 0, 1, 2]
    assert back == [3, 3]


def test_without_a_receipt_every_page_prints_in_order() -> None:
    assert plan_pages(3, receipt=False, copies=2, duplex=True) == ([0, 1, 2, 0, 1, 2], [])


def test_instructions_say_which_sheet_and_keep_the_sheet_count() -> None:
    text = flip_instructions(3, 2)
    assert "tờ số 3" in text and "2 tờ" in text and "gồm 03 tờ" in text and "lật mặt" in text
    assert "tờ cuối (tờ số 2)" in flip_instructions(2, 1)
