"""Legal rules as pure functions over data: violation catalog, fine calculator, working-day deadlines.

Standard library only: catalog and deadline tables arrive as plain dicts, holidays as a
``HolidayCalendar`` built by the services layer.
"""

from __future__ import annotations

from .calendar import HolidayCalendar, SetCalendar, next_working_day
from .catalog import Catalog, CatalogEntry, Decree, decree_key, parse_catalog, parse_entry
from .deadlines import (
    Deadline,
    DeadlineRule,
    DeadlineRules,
    add_months,
    add_working_days,
    due_date,
    parse_deadline_rules,
)
from .fines import (
    FineRange,
    GoodsValue,
    amount_texts,
    check_fine_amount,
    fine_range,
    format_dong,
    goods_value,
)

__all__ = [
    "Catalog", "CatalogEntry", "Deadline", "DeadlineRule", "DeadlineRules", "Decree", "FineRange", "GoodsValue",
    "HolidayCalendar", "SetCalendar", "add_months", "add_working_days", "amount_texts", "check_fine_amount",
    "decree_key", "due_date", "fine_range", "format_dong", "goods_value", "next_working_day", "parse_catalog",
    "parse_deadline_rules", "parse_entry",
]
