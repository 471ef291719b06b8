"""Vietnamese amounts in words (inspector_app.domain.words), as printed on penalty decisions."""

from __future__ import annotations

import pytest

from inspector_app.domain.words import amount_in_words, number_in_words


@pytest.mark.parametrize(("n", "words"), [
    (5_000_000, "Năm triệu đồng"),
    (1_250_000, "Một triệu hai trăm năm mươi nghìn đồng"),
    (105_000, "Một trăm linh năm nghìn đồng"),
    (35_000_000, "Ba mươi lăm triệu đồng"),
    (15_000, "Mười lăm nghìn đồng"),
    (21_000, "Hai mươi mốt nghìn đồng"),
    (24_000, "Hai mươi tư nghìn đồng"),
    (14_000, "Mười bốn nghìn đồng"),
    (11_000, "Mười một nghìn đồng"),
    (110_000, "Một trăm mười nghìn đồng"),
    (1_005_000, "Một triệu không trăm linh năm nghìn đồng"),
    (200_000_000, "Hai trăm triệu đồng"),
    (1_000_000_000, "Một tỷ đồng"),
    (2_000_000_005, "Hai tỷ không trăm linh năm đồng"),
    (1_500_000_000_000, "Một nghìn năm trăm tỷ đồng"),
    (0, "Không đồng"),
])
def test_amount_in_words(n: int, words: str) -> None:
    assert amount_in_words(n) == words


def test_number_in_words_is_lower_case_without_currency() -> None:
    assert number_in_words(2026) == "hai nghìn không trăm hai mươi sáu"
    assert amount_in_words(3, currency="") == "Ba"


def test_non_integers_are_refused() -> None:
    with pytest.raises(TypeError):
        number_in_words(True)
    with pytest.raises(TypeError):
        number_in_words(1.5)  # type: ignore[arg-type]
