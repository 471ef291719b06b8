"""Unit decisions numbered from a block the HQ issued (reference data ``number_block``)."""

from __future__ import annotations

import json

import pytest

from inspector_app.domain.errors import ValidationError
from inspector_app.services.container import Services
from inspector_builders import make_case, make_draft


def _issue_block(services: Services, kind: str, year: int, prefix: str, first: int, last: int) -> None:
    with services.repo.write():
        services.repo.db.conn.execute(
            "INSERT INTO reference_items (kind, key, data, updated_at) VALUES ('number_block', ?, ?, ?)",
            (f"{kind}:{year}:{prefix}{first:04d}",
             json.dumps({"kind": kind, "year": year, "prefix": prefix, "first": first, "last": last}),
             "2026-01-01T00:00:00"))


def test_unit_decision_without_typed_number_takes_next_number_of_hq_block(services: Services) -> None:
    case = make_case(services)
    _issue_block(services, "nd118.mqd02", 2026, "0201", 15, 16)
    first = services.documents.finalize(make_draft(services, case, "nd118.mqd02").id)
    second = services.documents.finalize(make_draft(services, case, "nd118.mqd02").id)
    assert (first.number, second.number) == ("02010015/QĐ-XPHC", "02010016/QĐ-XPHC")
    third = make_draft(services, case, "nd118.mqd02")
    with pytest.raises(ValidationError) as err:
        services.documents.finalize(third.id)
    assert any(p.field == "number" for p in err.value.problems)


def test_block_of_another_year_or_kind_is_not_used(services: Services) -> None:
    case = make_case(services)
    _issue_block(services, "nd118.mqd02", 2025, "0201", 1, 99)
    _issue_block(services, "tt22.m01", 2026, "0201", 1, 99)
    draft = make_draft(services, case, "nd118.mqd02")
    with pytest.raises(ValidationError):
        services.documents.finalize(draft.id)
    assert services.documents.finalize(draft.id, "01020007").number == "01020007/QĐ-XPHC"
