"""Table models over plain rows (after Vorta's ``*_table_model.py`` and Qt's address-book example).

Every list in the app is one of these: the rows are plain domain objects or service summaries handed in by
the window; the model never fetches anything. Sorting uses ``SORT_ROLE`` (raw values), the case-list filter
uses ``FOLD_ROLE`` (text with diacritics folded, so "thuoc la" finds "Thuốc lá").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from inspector_app.domain.format import date_text, money, money_or_none, quantity, quantity_or_none
from inspector_app.domain.kinds import KINDS
from inspector_app.domain.model import (
    Attachment,
    GoodsRow,
    Participant,
    Role,
    Seal,
    ViolationRef,
    capitalized,
    legal_citation,
    status_text,
)
from inspector_app.domain.rules.catalog import CatalogEntry
from inspector_app.domain.text import fold

from .core_text import core_text

if TYPE_CHECKING:  # only the attachment thumbnails use icons, after start-up
    from PySide6.QtGui import QIcon

    # The sync service (and the HTTP client below it) is loaded when the sync dialog first opens.
    from inspector_app.services.rules import DueItem
    from inspector_app.services.sync import OutboxRow

# Status names come from the domain (DocumentStatus.text) and are looked up in the translation catalogue
# at run time; these markers only keep pyside6-lupdate from dropping their English entries.
_TRANSLATED_STATUS_NAMES = (
    QT_TRANSLATE_NOOP("DocumentTableModel", "Nháp"), QT_TRANSLATE_NOOP("DocumentTableModel", "Hoàn tất"),
    QT_TRANSLATE_NOOP("DocumentTableModel", "Đã đồng bộ"), QT_TRANSLATE_NOOP("DocumentEditor", "Nháp"),
    QT_TRANSLATE_NOOP("DocumentEditor", "Hoàn tất"), QT_TRANSLATE_NOOP("DocumentEditor", "Đã đồng bộ"))

SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
FOLD_ROLE = int(Qt.ItemDataRole.UserRole) + 2
ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 3

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_WARN = QColor("#fde2e1")
_FLAG = QColor("#fff4ce")


def quantity_text(value: Decimal) -> str:
    """A quantity as an edit field shows it: comma as decimal mark, no thousands dots ("1234,5")."""
    return quantity(value, grouped=False)


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: header text, how to display a row, and the raw value it sorts by."""

    header: str
    display: Callable[[R], str]
    sort: Callable[[R], Any] | None = None
    align_right: bool = False


class RowTableModel(QAbstractTableModel, Generic[R]):
    """A read-only table over a list of plain rows; subclasses supply the columns."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._folded: dict[int, str] = {}
        self._columns: list[Column[R]] = self.columns()

    def columns(self) -> list[Column[R]]:
        """The columns of this table (headers already translated)."""
        raise NotImplementedError

    # -- rows -----------------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[R]) -> None:
        """Replace every row (a reset: used when a query answers)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._folded.clear()
        self.endResetModel()

    def rows(self) -> list[R]:
        """A copy of the rows, in model order."""
        return list(self._rows)

    def row_at(self, row: int) -> R:
        """The plain row at ``row``."""
        return self._rows[row]

    def append_row(self, item: R) -> None:
        """Add one row at the end (no reset, so a 300-row table stays smooth while scanning)."""
        n = len(self._rows)
        self.beginInsertRows(QModelIndex(), n, n)
        self._rows.append(item)
        self.endInsertRows()

    def replace_row(self, row: int, item: R) -> None:
        """Replace one row in place and repaint only that row."""
        self._rows[row] = item
        self._folded.clear()
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    def remove_row_at(self, row: int) -> None:
        """Remove one row."""
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._folded.clear()
        self.endRemoveRows()

    def folded_text(self, row: int) -> str:
        """All the row's shown text, diacritics folded, computed once per row (the filter asks often)."""
        text = self._folded.get(row)
        if text is None:
            item = self._rows[row]
            text = fold(" ".join(c.display(item) for c in self._columns))
            self._folded[row] = text
        return text

    def find(self, pred: Callable[[R], bool]) -> int:
        """Index of the first row matching ``pred``, or -1."""
        for i, r in enumerate(self._rows):
            if pred(r):
                return i
        return -1

    # -- Qt ---------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].header
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._columns):
            return None
        row = self._rows[index.row()]
        col = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return col.display(row)
        if role == SORT_ROLE:
            # Plain str/int values, so the proxy sorts in C++ without calling back into Python.
            value = col.sort(row) if col.sort else col.display(row)
            if isinstance(value, Decimal):
                return float(value)
            return "" if value is None else value
        if role == FOLD_ROLE:
            return fold(col.display(row))
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return _RIGHT
        return self.extra_data(row, index.column(), role)

    def extra_data(self, row: R, column: int, role: int) -> Any:
        """Hook for colours, icons and the like."""
        return None


# ----------------------------------------------------------------------------------------------------------
class CaseTableModel(RowTableModel[Any]):
    """The case list: rows are ``CaseSummary`` from ``CaseService.list``."""

    def columns(self) -> list[Column[Any]]:
        return [
            Column(self.tr("Vụ việc"), lambda r: r.title),
            Column(self.tr("Đối tượng"), lambda r: r.subject_name),
            Column(self.tr("Địa điểm"), lambda r: r.place),
            Column(self.tr("Bắt đầu"), lambda r: date_text(r.started_at), lambda r: r.started_at),
            Column(self.tr("Văn bản"), lambda r: f"{r.final_documents}/{r.documents}",
                   lambda r: r.documents * 100000 + r.final_documents, True),
            Column(self.tr("Trạng thái"), lambda r: self.status_text(r.status), lambda r: r.status),
        ]

    def status_text(self, status: str) -> str:
        """Vietnamese name of a case status."""
        return {"open": self.tr("Đang xử lý"), "closed": self.tr("Đã kết thúc")}.get(status, status)


class GoodsTableModel(RowTableModel[GoodsRow]):
    """Goods of a case; name, unit, quantity, price, brand, origin and note are edited in place.

    An edit does not change the row itself: ``row_edited`` carries the changed copy so the panel can save it
    through the service and put the saved row back with ``replace_row``.
    """

    row_edited = Signal(int, object)

    EDITABLE = {1: "name", 3: "brand", 4: "origin", 5: "unit", 6: "quantity", 7: "unit_price", 9: "note"}

    def columns(self) -> list[Column[GoodsRow]]:
        return [
            Column(self.tr("STT"), lambda r: "", None, True),
            Column(self.tr("Tên hàng hóa"), lambda r: r.name),
            Column(self.tr("Mã vạch"), lambda r: r.barcode),
            Column(self.tr("Nhãn hiệu"), lambda r: r.brand),
            Column(self.tr("Xuất xứ"), lambda r: r.origin),
            Column(self.tr("ĐVT"), lambda r: r.unit),
            Column(self.tr("Số lượng"), lambda r: quantity_text(r.quantity), lambda r: r.quantity, True),
            Column(self.tr("Đơn giá"), lambda r: money(r.unit_price), lambda r: r.unit_price or 0, True),
            Column(self.tr("Trị giá"), lambda r: money(r.value), lambda r: r.value or 0, True),
            Column(self.tr("Ghi chú"), lambda r: self.note_text(r)),
        ]

    def note_text(self, r: GoodsRow) -> str:
        """The note with the flags spelled out."""
        flags = []
        if r.suspected_counterfeit:
            flags.append(self.tr("nghi giả"))
        if r.smuggled:
            flags.append(self.tr("nhập lậu"))
        if r.unknown_origin:
            flags.append(self.tr("không rõ nguồn gốc"))
        if r.seized:
            flags.append(self.tr("tạm giữ"))
        text = r.note
        if flags:
            text = f"[{', '.join(flags)}] {text}".strip()
        return text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == 0 and index.row() < len(self._rows):
            # Line numbers are positions; computing them here keeps append O(1).
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return str(index.row() + 1)
            if role == SORT_ROLE:
                return index.row()
        if role == Qt.ItemDataRole.EditRole and index.isValid() and index.row() < len(self._rows):
            key = self.EDITABLE.get(index.column())
            if key is None:
                return None
            row = self._rows[index.row()]
            value = getattr(row, key)
            if key == "quantity":
                return quantity_text(value)
            if key == "unit_price":
                return "" if value is None else str(value)
            return value
        return super().data(index, role)

    def extra_data(self, row: GoodsRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and row.suspected_counterfeit:
            return QBrush(_WARN)
        if role == Qt.ItemDataRole.BackgroundRole and (row.smuggled or row.unknown_origin):
            return QBrush(_FLAG)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in self.EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.row() >= len(self._rows):
            return False
        key = self.EDITABLE.get(index.column())
        if key is None:
            return False
        import copy

        row = copy.deepcopy(self._rows[index.row()])
        text = str(value).strip()
        if key == "quantity":
            q = quantity_or_none(text)
            if q is None:
                return False
            row.quantity = q
            if row.unit_price is not None:
                row.value = int((row.quantity * row.unit_price).to_integral_value())
        elif key == "unit_price":
            price = money_or_none(text)
            if text and price is None:
                return False
            row.unit_price = price
            row.value = None if price is None else int((row.quantity * price).to_integral_value())
        else:
            if key in ("name", "unit") and not text:
                return False
            setattr(row, key, text)
        if row != self._rows[index.row()]:  # an editor closed without a change saves nothing
            self.row_edited.emit(index.row(), row)
        return True


class DocumentTableModel(RowTableModel[Any]):
    """Documents of a case: rows are ``DocumentSummary``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._by_id: dict[str, Any] = {}
        self._replaced_by: dict[str, Any] = {}

    def columns(self) -> list[Column[Any]]:
        return [
            Column(self.tr("Loại"), lambda r: f"{form_name(r.kind)} — {KINDS[r.kind].symbol}"
                   if r.kind in KINDS else r.kind, lambda r: r.kind),
            Column(self.tr("Số"), lambda r: r.number or "—"),
            Column(self.tr("Trạng thái"), self.row_status, lambda r: r.status),
            Column(self.tr("Lập lúc"), lambda r: date_text(r.created_at), lambda r: r.created_at),
            Column(self.tr("Thay thế"), self.supersedes_text),
            Column(self.tr("HQ duyệt"), lambda r: r.hq_review),
        ]

    def set_rows(self, rows: Sequence[Any]) -> None:
        # Which final document replaced which: the old one is marked as replaced, not shown as plain "Hoàn tất".
        self._by_id = {r.id: r for r in rows}
        self._replaced_by = {r.supersedes: r for r in rows if r.supersedes and r.status != "draft"}
        super().set_rows(rows)

    def replaced_by(self, row: Any) -> Any:
        """The final correction that replaced ``row``, or None."""
        return self._replaced_by.get(row.id)

    def row_status(self, row: Any) -> str:
        """The status, with "đã bị thay thế" for a final document replaced by a final correction."""
        newer = self.replaced_by(row)
        if newer is not None:
            return self.tr("Đã bị thay thế (bởi số %1)").replace("%1", newer.number or "—")
        return self.status_text(row.status)

    def supersedes_text(self, row: Any) -> str:
        """"thay thế số …" for a correction."""
        if not row.supersedes:
            return ""
        old = self._by_id.get(row.supersedes)
        return self.tr("thay thế số %1").replace("%1", old.number if old is not None and old.number else "—")

    def status_text(self, status: str) -> str:
        """Vietnamese name of a document status."""
        return self.tr(capitalized(status_text(status)))

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.status == "draft":
            return QBrush(QColor("#7a5b00"))
        if role == Qt.ItemDataRole.ForegroundRole and self.replaced_by(row) is not None:
            return QBrush(QColor("#8a8a8a"))
        if role == Qt.ItemDataRole.FontRole and column == 1 and self.replaced_by(row) is not None:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None


@dataclass(frozen=True)
class DeadlineRow:
    """One line of the deadline dock: the rules service's item, what the line says, and the days left on the
    officer's calendar (negative: overdue)."""

    item: DueItem
    label: str
    days_left: int | None


class DeadlineTableModel(RowTableModel[DeadlineRow]):
    """Deadlines falling due (from the rules service): what, which case, when, how many days left."""

    def columns(self) -> list[Column[DeadlineRow]]:
        return [
            Column(self.tr("Hạn"), lambda r: date_text(r.item.due[:10]), lambda r: r.item.due),
            Column(self.tr("Việc phải làm"), lambda r: core_text(r.label)),
            Column(self.tr("Vụ việc"), lambda r: r.item.case_title or r.item.case_id),
            Column(self.tr("Còn lại"), lambda r: self.days_text(r), lambda r: r.days_left, True),
        ]

    def days_text(self, row: DeadlineRow) -> str:
        """"còn 3 ngày" / "quá hạn 2 ngày"."""
        days = row.days_left
        if days is None:
            return ""
        if days < 0:
            return self.tr("quá hạn %n ngày", "", -days)
        return self.tr("còn %n ngày", "", days)

    def extra_data(self, row: DeadlineRow, column: int, role: int) -> Any:
        days = row.days_left
        if role == Qt.ItemDataRole.BackgroundRole and days is not None and days < 0:
            return QBrush(_WARN)
        if role == Qt.ItemDataRole.BackgroundRole and days is not None and days <= 2:
            return QBrush(_FLAG)
        return None


class SyncProblemModel(RowTableModel["OutboxRow"]):
    """Records HQ did not accept: document, result (conflict, rejected, incomplete) and the reason."""

    def columns(self) -> list[Column[OutboxRow]]:
        return [
            Column(self.tr("Văn bản"), lambda r: _outbox_label(r)),
            Column(self.tr("Kết quả"), lambda r: self.state_text(r.state)),
            Column(self.tr("Lý do"), lambda r: r.last_error),
        ]

    def state_text(self, state: str) -> str:
        """Vietnamese name of a sync result."""
        # An answer "incomplete" (attachments missing) is stored as "retry": no outbox row stays incomplete.
        return {"conflict": self.tr("Xung đột"), "rejected": self.tr("Bị từ chối"), "retry": self.tr("Sẽ gửi lại"),
                "accepted": self.tr("Đã nhận"), "duplicate": self.tr("Đã có trên máy chủ")}.get(state, state)


def _outbox_label(row: OutboxRow) -> str:
    """"NĐ 118 MBB01 3/BB-VPHC" for an outbox row."""
    form = KINDS[row.kind].form if row.kind in KINDS else row.kind
    return f"{form} {row.number}".strip() or row.document_id


class ParticipantTableModel(RowTableModel[Participant]):
    """Team, witnesses and other people of a case."""

    def columns(self) -> list[Column[Participant]]:
        return [
            Column(self.tr("Vai trò"), lambda r: role_text(r.role)),
            Column(self.tr("Họ và tên"), lambda r: r.full_name),
            Column(self.tr("Chức vụ / nghề nghiệp"), lambda r: r.title or r.occupation),
            Column(self.tr("Số hiệu / CCCD"), lambda r: r.officer_no or r.id_number),
            Column(self.tr("Đơn vị / địa chỉ"), lambda r: r.organization or r.address),
        ]


def form_name(kind: str) -> str:
    """The form's short name in the interface language: "TT 22 Mẫu 01", "TT 22 Form 01" in English."""
    from PySide6.QtCore import QCoreApplication

    return KINDS[kind].form.replace("Mẫu", QCoreApplication.translate("KindLabel", "Mẫu"))


def role_text(role: Role) -> str:
    """Vietnamese name of a participant role."""
    from PySide6.QtCore import QCoreApplication

    return {
        Role.TEAM_LEAD: QCoreApplication.translate("Role", "Trưởng đoàn"),
        Role.TEAM_MEMBER: QCoreApplication.translate("Role", "Thành viên đoàn"),
        Role.DRAFTER: QCoreApplication.translate("Role", "Người lập biên bản"),
        Role.WITNESS: QCoreApplication.translate("Role", "Người chứng kiến"),
        Role.LOCAL_AUTHORITY: QCoreApplication.translate("Role", "Đại diện chính quyền"),
        Role.INTERPRETER: QCoreApplication.translate("Role", "Người phiên dịch"),
        Role.COORDINATING: QCoreApplication.translate("Role", "Cơ quan phối hợp"),
        Role.SUBJECT_REPRESENTATIVE: QCoreApplication.translate("Role", "Đại diện đối tượng"),
        Role.INJURED_PARTY: QCoreApplication.translate("Role", "Người bị thiệt hại"),
        Role.KEEPER: QCoreApplication.translate("Role", "Người bảo quản"),
    }[role]


class ViolationTableModel(RowTableModel[ViolationRef]):
    """Violations recorded in a case."""

    def columns(self) -> list[Column[ViolationRef]]:
        return [
            Column(self.tr("Căn cứ"), lambda r: violation_ref_text(r)),
            Column(self.tr("Hành vi"), lambda r: r.description),
            Column(self.tr("Mức phạt (đồng)"), lambda r: money(r.fine_amount), lambda r: r.fine_amount or 0, True),
        ]


def violation_ref_text(v: ViolationRef) -> str:
    """"điểm a khoản 1 Điều 9 NĐ 98/2020/NĐ-CP"."""
    return v.citation(decree_prefix="NĐ")


class CatalogTableModel(RowTableModel[CatalogEntry]):
    """Search results from the violation catalog (rows come from the rules service)."""

    def columns(self) -> list[Column[CatalogEntry]]:
        return [
            Column(self.tr("Căn cứ"), lambda r: catalog_ref_text(r)),
            Column(self.tr("Hành vi"), lambda r: r.text),
            Column(self.tr("Khung phạt (đồng)"), lambda r: fine_range_text(r) + (
                self.tr(" (chưa xác minh)") if r.unconfirmed and fine_range_text(r) else ""), None, True),
        ]


def catalog_ref_text(r: CatalogEntry) -> str:
    """Reference of a catalog entry: "điểm a khoản 1 Điều 9 NĐ 98/2020/NĐ-CP"."""
    return legal_citation(r.article, r.clause, "", r.decree, decree_prefix="NĐ")


def fine_range_text(r: CatalogEntry) -> str:
    """"5.000.000 – 10.000.000" from a catalog entry's minimum and maximum."""
    lo: int | None = r.fine_min
    hi: int | None = r.fine_max
    tiers = r.tiers
    if tiers:
        # Value-tiered clauses: the span of all their tiers (the exact one depends on the goods value).
        lo = min(t.min for t in tiers)
        hi = max(t.max for t in tiers)
    if lo is None and hi is None:
        return ""
    return f"{money(lo)} – {money(hi)}"


class SealTableModel(RowTableModel[Seal]):
    """Seals of a case."""

    def columns(self) -> list[Column[Seal]]:
        return [
            Column(self.tr("Số niêm phong"), lambda r: ", ".join(r.numbers)),
            Column(self.tr("Niêm phong"), lambda r: r.covers),
            Column(self.tr("Nơi bảo quản"), lambda r: r.kept_at),
            Column(self.tr("Người bảo quản"), lambda r: r.keeper),
            Column(self.tr("Tình trạng khi mở"), lambda r: {"intact": self.tr("còn nguyên"),
                                                            "damaged": self.tr("bị hư hỏng")}.get(
                r.state_when_opened, "")),
        ]


class AttachmentTableModel(RowTableModel[Attachment]):
    """Photos and listing captures of a case, with thumbnails set once they are made off the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._icons: dict[str, QIcon] = {}

    def columns(self) -> list[Column[Attachment]]:
        return [
            Column(self.tr("Tệp"), lambda r: r.filename),
            Column(self.tr("Loại"), lambda r: {"photo": self.tr("Ảnh"), "scan": self.tr("Bản quét"),
                                               "web_capture": self.tr("Chứng cứ trên mạng")}.get(
                str(r.kind), str(r.kind))),
            Column(self.tr("Ghi chú / địa chỉ"), lambda r: r.caption or r.url),
            Column(self.tr("Dung lượng"), lambda r: f"{max(1, r.size // 1024)} KB", lambda r: r.size, True),
        ]

    def set_icon(self, sha256: str, icon: QIcon) -> None:
        """Attach a thumbnail to every row of that file."""
        self._icons[sha256] = icon
        for i, r in enumerate(self._rows):
            if r.sha256 == sha256:
                self.dataChanged.emit(self.index(i, 0), self.index(i, 0), [Qt.ItemDataRole.DecorationRole])

    def extra_data(self, row: Attachment, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return self._icons.get(row.sha256)
        return None


# ----------------------------------------------------------------------------------------------------------
class FoldFilterProxy(QSortFilterProxyModel):
    """Sorts by raw values and filters by words with diacritics folded ("dong" finds "Đồng").

    Every word must appear in some column of the row; this gives instant feedback while the database
    query for the same text is on its way.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_text(self, text: str) -> None:
        """Filter to rows containing every word of ``text`` (folded)."""
        words = fold(text).split()
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        if isinstance(model, RowTableModel):
            hay = model.folded_text(source_row)
        else:
            cols = model.columnCount(source_parent)
            hay = " ".join(str(model.data(model.index(source_row, c, source_parent), FOLD_ROLE) or "")
                           for c in range(cols))
        return all(w in hay for w in self._words)
