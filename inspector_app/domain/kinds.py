"""The eight official document kinds, their symbols and the form-specific fields each one requires.

The ids (``tt22.m01`` …) are used everywhere: storage, CLI, sync and file names. The field specs are the
contract between the domain, the demo data, the PDF templates and the editor in the UI.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

# Keyword of a rendered PDF whose last page is the back-page receipt ("<In ở mặt sau>"): the print path
# puts that page on the back of the last sheet (forms write it, ui/printing.py reads it).
RECEIPT_PDF_KEYWORD = "receipt-on-back"


class Issuer(StrEnum):
    """Who numbers a document: an officer on duty (yearly sequence) or the unit (typed / HQ block)."""

    OFFICER = "officer"
    UNIT = "unit"


class FieldType(StrEnum):
    """Value type of a form-specific field in ``Document.fields``."""

    TEXT = "text"  # one line
    LONGTEXT = "longtext"  # several lines
    DATE = "date"  # YYYY-MM-DD
    DATETIME = "datetime"  # YYYY-MM-DDTHH:MM:SS (local time, Asia/Ho_Chi_Minh)
    INT = "int"
    MONEY = "money"  # integer đồng
    BOOL = "bool"
    LINES = "lines"  # list of strings
    CHOICE = "choice"  # one of the spec's choice codes (stored as the code, shown as its label)


@dataclass(frozen=True)
class FieldSpec:
    """One form-specific field: key in ``Document.fields``, type, Vietnamese label, required or not; a CHOICE
    field lists its (stored code, Vietnamese label) pairs."""

    key: str
    type: FieldType
    label: str
    required: bool = False
    choices: tuple[tuple[str, str], ...] = ()

    def choice_label(self, code: str) -> str:
        """The Vietnamese label of choice ``code`` ("" if it is not one)."""
        return dict(self.choices).get(code, "")


@dataclass(frozen=True)
class KindSpec:
    """What a document kind is and what it needs before it can be finalised."""

    id: str
    form: str
    symbol: str
    title: str
    subtitle: str
    issuer: Issuer
    copies: int
    fields: tuple[FieldSpec, ...] = field(default_factory=tuple)
    needs_subject: bool = True
    needs_goods: bool = False
    needs_violations: bool = False
    needs_seals: bool = False
    is_decision: bool = False

    def field(self, key: str) -> FieldSpec | None:
        """The spec of field ``key``, or None if this kind has no such field."""
        for spec in self.fields:
            if spec.key == key:
                return spec
        return None


T = FieldType

_CLOSING = (
    FieldSpec("closed_at", T.DATETIME, "Thời điểm lập xong biên bản", True),
    FieldSpec("copies", T.INT, "Số bản được lập"),
    FieldSpec("reason_not_at_scene", T.LONGTEXT, "Lý do lập biên bản tại nơi khác nơi xảy ra vi phạm"),
)

# A long goods list may cite an existing, final bảng kê instead of being listed (or annexed) in the minutes.
_ANNEX_CITATION = (
    FieldSpec("annex_number", T.TEXT, "Dẫn chiếu bảng kê đã có: số"),
    FieldSpec("annex_date", T.DATE, "Dẫn chiếu bảng kê đã có: ngày"),
    FieldSpec("annex_sheets", T.TEXT, "Dẫn chiếu bảng kê đã có: số tờ"),
    FieldSpec("annex_parent", T.TEXT, "Dẫn chiếu bảng kê đã có: kèm theo biên bản (số, ngày)"),
)

KINDS: dict[str, KindSpec] = {
    k.id: k
    for k in (
        KindSpec(
            id="tt22.m01",
            form="TT 22 Mẫu 01",
            symbol="QĐ-KT",
            title="QUYẾT ĐỊNH",
            subtitle="Kiểm tra việc chấp hành pháp luật trong sản xuất, kinh doanh hàng hóa, dịch vụ",
            issuer=Issuer.UNIT,
            copies=3,
            is_decision=True,
            fields=(
                FieldSpec("basis", T.LONGTEXT, "Căn cứ ban hành (kế hoạch/phương án/đề xuất)", True),
                FieldSpec("inspection_place", T.TEXT, "Địa điểm kiểm tra", True),
                FieldSpec("scope", T.LONGTEXT, "Nội dung kiểm tra", True),
                FieldSpec("duration_days", T.INT, "Thời hạn kiểm tra (ngày làm việc)", True),
                FieldSpec("extension_ref", T.TEXT, "Văn bản kéo dài thời hạn kiểm tra (số, ngày) nếu quá 03 ngày"),
                FieldSpec("signer_title", T.TEXT, "Chức vụ người ban hành", True),
                FieldSpec("signer_name", T.TEXT, "Họ tên người ban hành", True),
                FieldSpec("signer_is_deputy", T.BOOL, "Cấp phó ký thay (KT.)"),
                FieldSpec("recipients", T.LINES, "Nơi nhận"),
            ),
        ),
        KindSpec(
            id="tt22.m06",
            form="TT 22 Mẫu 06",
            symbol="BB-KT",
            title="BIÊN BẢN KIỂM TRA",
            subtitle="Việc chấp hành pháp luật trong sản xuất, kinh doanh hàng hóa, dịch vụ",
            issuer=Issuer.OFFICER,
            copies=2,
            fields=(
                FieldSpec("decision_number", T.TEXT, "Số quyết định kiểm tra", True),
                FieldSpec("decision_date", T.DATE, "Ngày quyết định kiểm tra", True),
                FieldSpec("decision_issuer", T.TEXT, "Người/cơ quan ban hành quyết định kiểm tra", True),
                FieldSpec("results", T.LONGTEXT, "Kết quả kiểm tra", True),
                FieldSpec("violations_found", T.LONGTEXT, "Vi phạm/dấu hiệu vi phạm phát hiện"),
                FieldSpec("measures", T.LONGTEXT, "Biện pháp đã áp dụng/đề xuất"),
                FieldSpec("subject_opinion", T.LONGTEXT, "Ý kiến của đối tượng kiểm tra"),
                FieldSpec("witness_opinion", T.LONGTEXT, "Ý kiến của người chứng kiến, cơ quan phối hợp"),
                FieldSpec("team_opinion", T.LONGTEXT, "Ý kiến, kiến nghị, đề xuất của Đoàn kiểm tra"),
                *_CLOSING,
                *_ANNEX_CITATION,
            ),
        ),
        KindSpec(
            id="tt22.m10",
            form="TT 22 Mẫu 10",
            symbol="BK",
            title="BẢNG KÊ",
            subtitle="Tang vật, phương tiện, hàng hóa, giấy tờ",
            issuer=Issuer.OFFICER,
            copies=2,
            needs_goods=True,
            fields=(
                FieldSpec("attached_to", T.TEXT, "Kèm theo biên bản (số, ký hiệu)", True),
                FieldSpec("attached_to_id", T.TEXT, "Mã văn bản kèm theo"),
                FieldSpec("attached_to_date", T.DATE, "Ngày lập biên bản kèm theo"),
            ),
        ),
        KindSpec(
            id="nd118.mbb01",
            form="NĐ 118 MBB01",
            symbol="BB-VPHC",
            title="BIÊN BẢN VI PHẠM HÀNH CHÍNH",
            subtitle="Về hoạt động thương mại, sản xuất, buôn bán hàng giả, hàng cấm và bảo vệ quyền lợi người tiêu dùng",
            issuer=Issuer.OFFICER,
            copies=2,
            needs_violations=True,
            fields=(
                FieldSpec("basis", T.LONGTEXT, "Căn cứ lập biên bản"),
                FieldSpec("violation_time", T.DATETIME, "Thời gian xảy ra vi phạm", True),
                FieldSpec("violation_place", T.TEXT, "Địa điểm xảy ra vi phạm", True),
                FieldSpec("injured_party", T.LONGTEXT, "Cá nhân/tổ chức bị thiệt hại"),
                FieldSpec("subject_opinion", T.LONGTEXT, "Ý kiến trình bày của người vi phạm"),
                FieldSpec("witness_opinion", T.LONGTEXT, "Ý kiến của đại diện chính quyền, người chứng kiến"),
                FieldSpec("injured_opinion", T.LONGTEXT, "Ý kiến của người bị thiệt hại"),
                FieldSpec("preventive_measures", T.LONGTEXT, "Biện pháp ngăn chặn đã áp dụng"),
                FieldSpec("seized_in_minutes", T.BOOL, "Tạm giữ tang vật ngay trong biên bản này"),
                FieldSpec("explanation_right", T.CHOICE, "Quyền giải trình", choices=(
                    ("none", "Không thuộc trường hợp được giải trình"),
                    ("direct", "Được yêu cầu giải trình trực tiếp hoặc giải trình bằng văn bản"),
                    ("written", "Chỉ được giải trình bằng văn bản"))),
                FieldSpec("explanation_acts", T.LINES, "Quyền giải trình theo từng hành vi (có/không)"),
                FieldSpec("authorized_rep", T.TEXT, "Người đại diện theo ủy quyền"),
                FieldSpec("authorized_rep_gender", T.TEXT, "Giới tính người đại diện theo ủy quyền"),
                FieldSpec("guardian", T.TEXT, "Cha mẹ/người giám hộ (người vi phạm chưa thành niên)"),
                FieldSpec("explanation_to", T.TEXT, "Người có thẩm quyền nhận giải trình"),
                FieldSpec("appointment_at", T.DATETIME, "Hẹn có mặt để giải quyết (thời điểm)"),
                FieldSpec("appointment_place", T.TEXT, "Hẹn có mặt để giải quyết (địa điểm)"),
                FieldSpec("electronic_contact", T.TEXT, "Nhận biên bản, quyết định bằng phương thức điện tử"),
                *_CLOSING,
                *_ANNEX_CITATION,
            ),
        ),
        KindSpec(
            id="nd118.mbb15",
            form="NĐ 118 MBB15",
            symbol="BB-TG",
            title="BIÊN BẢN",
            subtitle="Tạm giữ tang vật, phương tiện vi phạm hành chính, giấy phép, chứng chỉ hành nghề",
            issuer=Issuer.OFFICER,
            copies=2,
            needs_goods=True,
            fields=(
                FieldSpec("basis", T.LONGTEXT, "Căn cứ tạm giữ (quyết định tạm giữ hoặc khoản 2 Điều 125)", True),
                FieldSpec("reason", T.LONGTEXT, "Lý do tạm giữ", True),
                FieldSpec("owner", T.LONGTEXT, "Chủ sở hữu/người quản lý (nếu khác người vi phạm)"),
                FieldSpec("seal_statement", T.LONGTEXT, "Việc niêm phong (nếu có)"),
                FieldSpec("storage_place", T.TEXT, "Nơi bảo quản tang vật"),
                *_CLOSING,
                *_ANNEX_CITATION,
            ),
        ),
        KindSpec(
            id="nd118.mbb26",
            form="NĐ 118 MBB26",
            symbol="BB-NP",
            title="BIÊN BẢN",
            subtitle="Niêm phong tang vật, phương tiện vi phạm hành chính bị tạm giữ theo thủ tục hành chính",
            issuer=Issuer.OFFICER,
            copies=2,
            needs_seals=True,
            fields=(
                FieldSpec("basis", T.LONGTEXT, "Căn cứ (quyết định/biên bản tạm giữ)", True),
                FieldSpec("storage_place", T.TEXT, "Nơi bảo quản", True),
                FieldSpec("keeper", T.TEXT, "Người chịu trách nhiệm bảo quản", True),
                FieldSpec("method", T.LONGTEXT, "Cách thức niêm phong"),
                *_CLOSING,
                *_ANNEX_CITATION,
            ),
        ),
        KindSpec(
            id="nd118.mbb27",
            form="NĐ 118 MBB27",
            symbol="BB-MNP",
            title="BIÊN BẢN",
            subtitle="Mở niêm phong tang vật, phương tiện vi phạm hành chính bị tạm giữ theo thủ tục hành chính",
            issuer=Issuer.OFFICER,
            copies=2,
            needs_seals=True,
            fields=(
                FieldSpec("basis", T.LONGTEXT, "Căn cứ mở niêm phong", True),
                FieldSpec("opening_reason", T.LONGTEXT, "Lý do mở niêm phong", True),
                FieldSpec("contents_check", T.LONGTEXT, "Đối chiếu tang vật với bảng kê", True),
                FieldSpec("after_opening", T.LONGTEXT, "Niêm phong lại/bàn giao tang vật sau khi mở"),
                *_CLOSING,
            ),
        ),
        KindSpec(
            id="nd118.mqd02",
            form="NĐ 118 MQĐ02",
            symbol="QĐ-XPHC",
            title="QUYẾT ĐỊNH",
            subtitle="Xử phạt vi phạm hành chính",
            issuer=Issuer.UNIT,
            copies=3,
            is_decision=True,
            needs_violations=True,
            fields=(
                FieldSpec("signer_title", T.TEXT, "Chức vụ người ra quyết định", True),
                FieldSpec("signer_name", T.TEXT, "Họ tên người ra quyết định", True),
                FieldSpec("signer_is_deputy", T.BOOL, "Cấp phó được giao quyền ký (KT.)"),
                FieldSpec("mbb01_number", T.TEXT, "Số biên bản vi phạm hành chính", True),
                FieldSpec("mbb01_date", T.DATE, "Ngày lập biên bản vi phạm hành chính", True),
                FieldSpec("extra_basis", T.LINES, "Căn cứ khác (giải trình, xác minh, giao quyền)"),
                FieldSpec("aggravating", T.LONGTEXT, "Tình tiết tăng nặng"),
                FieldSpec("mitigating", T.LONGTEXT, "Tình tiết giảm nhẹ"),
                FieldSpec("fine_total", T.MONEY, "Tổng số tiền phạt (đồng)", True),
                FieldSpec("additional_penalties", T.LONGTEXT, "Hình thức xử phạt bổ sung"),
                FieldSpec("remedies", T.LONGTEXT, "Biện pháp khắc phục hậu quả"),
                FieldSpec("remedies_days", T.INT, "Thời hạn thực hiện biện pháp khắc phục hậu quả (ngày)"),
                FieldSpec("effective_date", T.DATE, "Ngày có hiệu lực", True),
                FieldSpec("payment_account", T.TEXT, "Nộp tiền phạt vào tài khoản (Kho bạc/ngân hàng)", True),
                FieldSpec("payment_days", T.INT, "Thời hạn nộp phạt (ngày)"),
                FieldSpec("recipients", T.LINES, "Nơi nhận"),
            ),
        ),
    )
}
