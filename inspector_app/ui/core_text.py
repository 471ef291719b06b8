"""English for the messages the core composes (form validation, the legal rule set), at the UI boundary.

The domain and the services write their messages in Vietnamese: the CLI, the logs and the audit trail use them
as they are, and the core has no Qt. The window passes every such message it shows through ``core_text``. In
the Vietnamese interface that returns it unchanged. In the English one the message is matched against
``TEMPLATES`` below: the core's sentences, with ``%1``…``%9`` where a message carries a fact (a field label, a
seal number, a moment). The template is translated through the Qt catalogue (context ``CoreMessage``, English
in scripts/i18n_fill.py, like every UI string), and each fact is translated in turn: a field label through
``FieldLabel``, a moment through its own template. A legal-rule problem is "facts — rule": the rule's part
(title, what to do, legal basis; ``domain.rules.legal.rule_tail``) is translated whole through ``LegalRule``.
A message with no template stays as the core wrote it; tests/ui/test_language.py shows which ones remain.
"""

from __future__ import annotations

import functools
import re

from PySide6.QtCore import QCoreApplication, QLocale

CONTEXT = "CoreMessage"
RULE_CONTEXT = "LegalRule"
# Contexts whose entries are whole texts of the domain (a field label, a choice, a form name, a rule).
_WHOLE = ("FieldLabel", "FieldChoice", "KindLabel", RULE_CONTEXT, CONTEXT)

# The core's sentences (domain/validation.py, domain/rules/legal.py, domain/rules/fines.py, services), with
# %N for the facts. The English of each is in scripts/i18n_fill.py (EN_CORE), which refuses a template without.
TEMPLATES: tuple[str, ...] = (
    # Form validation.
    "Chưa nhập: %1",
    "%1 không đúng định dạng ngày (YYYY-MM-DD)",
    "%1 không được ở tương lai",
    "%1 không đúng định dạng thời gian (YYYY-MM-DDTHH:MM)",
    "%1 phải là văn bản",
    "%1 phải là số nguyên",
    "%1 phải lớn hơn 0",
    "%1 phải là có/không",
    "%1 phải là danh sách dòng văn bản",
    "%1: hãy chọn một trong: %2",
    "Chưa nhập tên đối tượng",
    "Chưa nhập địa chỉ",
    "Chưa nhập mã số doanh nghiệp/mã số thuế",
    "Chưa nhập người đại diện theo pháp luật",
    "Chưa nhập sàn/nền tảng bán hàng",
    "Cần địa chỉ gian hàng hoặc mã tài khoản người bán",
    "Địa chỉ gian hàng phải bắt đầu bằng http:// hoặc https://",
    "Chưa nhập tên hàng hóa",
    "Chưa nhập đơn vị tính",
    "Số lượng phải lớn hơn 0",
    "Số lượng không được vượt quá %1",
    "Đơn giá không được âm",
    "Đơn giá không được vượt quá %1",
    "Trị giá không được âm",
    "Trị giá không được vượt quá %1",
    "Loại văn bản không được hỗ trợ: %1",
    "Chưa nhập địa điểm lập văn bản",
    "Chưa nhập thời điểm lập văn bản",
    "Chưa cấu hình mã đơn vị",
    "Chưa cấu hình tên đơn vị",
    "Chưa cấu hình tên cơ quan chủ quản",
    "Chưa cấu hình địa danh",
    "Chưa nhập đối tượng (cá nhân/tổ chức)",
    "Chưa nhập họ tên",
    "Ghi rõ lý do không ký biên bản",
    "Đoàn kiểm tra phải có đúng một Trưởng đoàn",
    "Đoàn kiểm tra phải có ít nhất 2 công chức",
    "Trưởng đoàn phải có số thẻ kiểm tra thị trường",
    "Biên bản kiểm tra phải ghi Trưởng đoàn kiểm tra",
    "Chưa có người có thẩm quyền lập biên bản",
    "Đối tượng vắng mặt: cần đại diện chính quyền cấp xã hoặc người chứng kiến",
    "Người vi phạm không ký: cần hai người chứng kiến",
    "Người vi phạm không ký: cần đại diện chính quyền hoặc người chứng kiến",
    "Chưa có hàng hóa, tang vật nào",
    "Phải có ít nhất một hành vi vi phạm và căn cứ pháp lý",
    "Chưa ghi nghị định",
    "Điều, khoản phải là số dương",
    "Chưa mô tả hành vi vi phạm",
    "Số tiền phạt không được âm",
    "Số lợi bất hợp pháp không được âm",
    "Chưa có niêm phong nào",
    "Chưa ghi số hiệu niêm phong",
    "Chưa ghi niêm phong những gì",
    "Ghi tình trạng niêm phong khi mở (còn nguyên/bị hư hỏng)",
    "Trường không thuộc mẫu này",
    "Tổng tiền phạt không bằng tổng mức phạt từng hành vi",
    "Cần số hiệu công chức để cấp số văn bản",
    "Người ký (người lập biên bản/Trưởng đoàn) chưa có số hiệu công chức: số văn bản phải mang số hiệu của "
    "người ký",
    # Check digits and numbers typed (domain/checks.py, domain/format.py), finalisation and overrides.
    "Mã số thuế phải gồm 10 chữ số, hoặc 13 chữ số (10 số và 3 số chi nhánh)",
    "Mã số thuế sai chữ số kiểm tra",
    "Mã chi nhánh (3 số cuối) phải từ 001 đến 999",
    "Số CCCD/định danh cá nhân phải gồm đúng 12 chữ số",
    "Mã tỉnh %1 trong số CCCD không tồn tại",
    "Số CCCD không khớp với năm sinh",
    "Số CCCD không khớp với giới tính",
    "Mã vạch chỉ gồm chữ số",
    "Mã vạch phải có 8, 12, 13 hoặc 14 chữ số (EAN-8, UPC-A, EAN-13, GTIN-14)",
    "Mã vạch %1 sai chữ số kiểm tra",
    "%1 phải là số nguyên đồng (ví dụ 25000000 hoặc 25.000.000), không phải “%2”.",
    "%1 phải là một số (ví dụ 2,5 hoặc 1.250), không phải “%2”.",
    "Số lượng", "Đơn giá", "Số tiền", "Trị giá", "Mức phạt",
    "%1 trị giá “%2” không được âm",
    "Chưa thể hoàn tất văn bản:",
    "Dữ liệu chưa hợp lệ:",
    "Ghi rõ lý do bỏ qua cảnh báo (ít nhất %1 ký tự): căn cứ, văn bản đã đối chiếu",
    "Bản nháp có thể sửa trực tiếp, không cần lập văn bản thay thế",
    "Không còn cảnh báo này trên văn bản (dữ liệu đã thay đổi); hãy xem lại danh sách vấn đề.",
    "Ký hiệu phải là %1",
    "Quyết định của đơn vị cần số do người dùng nhập hoặc do HQ cấp",
    "Đã chọn ghi số bằng tay: không nhập số",
    "Hành vi %1 (%2): mức %3 ngoài khung %4 – %5 đối với %6 tại %7",
    "Ngày sinh", "Ngày cấp",
    "%1 phải lớn hơn %2 (đã nhập “%3”).",
    "%1 không được âm: %2",
    "%1 “%2” không rõ nghĩa: viết %3 (không dấu chấm) hoặc %4",
    # The deadline dock: what is due (deadline_rules.json labels) and what started the count (services/rules.py).
    "Bắt đầu kiểm tra theo quyết định kiểm tra",
    "Kết thúc kiểm tra tại địa điểm kiểm tra",
    "Báo cáo, đề xuất của Trưởng đoàn gửi người ban hành quyết định kiểm tra",
    "Lập biên bản vi phạm hành chính (MBB01)",
    "Quyền giải trình của người vi phạm",
    "Ra quyết định xử phạt vi phạm hành chính (MQĐ02)",
    "Hết thời hạn tạm giữ tang vật, phương tiện, giấy phép, chứng chỉ hành nghề",
    "Giao quyết định xử phạt cho người vi phạm",
    "Chấp hành quyết định xử phạt, nộp tiền phạt",
    "Số hóa văn bản giấy vào hệ thống INS",
    "Thông báo bằng văn bản cho đối tượng khi không phát hiện vi phạm",
    "Công bố quyết định kiểm tra (bắt đầu kiểm tra)",
    "Phát hiện vi phạm hành chính",
    "Tạm giữ tang vật",
    "Biên bản kiểm tra",
    "Biên bản kiểm tra %1",
    "Biên bản vi phạm hành chính",
    "Biên bản vi phạm hành chính %1",
    "Quyết định xử phạt",
    "Quyết định xử phạt %1",
    "Ký văn bản %1",
    "TT 22 Mẫu %1",
    "%1 — %2",
    # Where a problem lies (domain.kinds.field_place).
    "Hàng hóa, dòng %1", "Hành vi vi phạm %1", "Niêm phong %1", "Người tham gia %1", "Tệp đính kèm %1",
    "Số văn bản", "Địa điểm lập", "Thời điểm lập", "Đối tượng", "Hàng hóa", "Hành vi vi phạm", "Niêm phong",
    "Người tham gia", "Phiên bản mẫu",
    # The facts of the legal rule set's breaches.
    "Chưa có biên bản tạm giữ đã hoàn tất, lập trước biên bản niêm phong này",
    "Niêm phong số %1 không có trong biên bản niêm phong đã hoàn tất nào của vụ việc",
    "Niêm phong số %1 được lập (%2) sau thời điểm mở niêm phong",
    "Phát hiện vi phạm lúc %1; hạn lập biên bản %2 (%3); biên bản lập lúc %4",
    "Biên bản vi phạm hành chính lập ngày %1; hạn ra quyết định %2 (%3); quyết định ký ngày %4",
    "%1 ghi người vi phạm có quyền giải trình; thời hạn giải trình đến hết %2 (%3); quyết định ký ngày %4",
    "Lập xong lúc %1, trước khi bắt đầu lập (%2)",
    "Niêm phong %1 mở lúc %2, trước khi niêm phong (%3)",
    "Biên bản viện dẫn Biên bản kiểm tra nhưng vụ việc chưa có Biên bản kiểm tra đã hoàn tất",
    "Biên bản lập lúc %1, trước khi kết thúc kiểm tra (%2 lập xong lúc %3)",
    "Vụ việc chưa có biên bản vi phạm hành chính đã hoàn tất",
    "Số biên bản “%1” không khớp biên bản vi phạm hành chính đã hoàn tất của vụ việc (%2)",
    "Quyết định ký lúc %1, trước khi lập %2 (%3)",
    "Ngày biên bản ghi %1 khác ngày lập %2 (%3)",
    "Tang vật niêm phong %1 đang bảo quản tại “%2” nhưng biên bản mở niêm phong lập tại “%3”",
    "Văn bản lập xong lúc %1 viện dẫn niêm phong số %2 (%3)",
    "chưa ghi thời điểm niêm phong",
    # Moments and amounts inside the facts (legal.py's _stamp, Deadline.due_text, format_dong).
    "%1 giờ %2 ngày %3",
    "lúc %1",
    "ngày %1",
    "%1 đồng",
    # The deadlines the breaches quote (deadline_rules.json).
    "trong thời hạn 02 ngày làm việc kể từ khi phát hiện vi phạm",
    "trong thời hạn 05 ngày làm việc (vụ việc phức tạp, phạm vi rộng) kể từ khi phát hiện vi phạm",
    "07 ngày làm việc kể từ ngày lập biên bản vi phạm hành chính",
    # Fines (domain/rules/fines.py): the amount outside its range, with the citation of the point.
    "mức phạt %1 nằm ngoài khung từ %2 đến %3 (%4)",
    "Mức phạt %1 nằm ngoài khung từ %2 đến %3 (%4)",
    "mức phạt phải là số nguyên (đồng)",
    "điểm %1 khoản %2 Điều %3 Nghị định số %4",
    "khoản %1 Điều %2 Nghị định số %3",
    "khoản %1 Điều %2 Nghị định số %3 (gấp %4 lần mức phạt tại %5)",
    "điểm %1 khoản %2 Điều %3",
    "khoản %1 Điều %2",
    # The fine range's basis (fines.py fine_range, services/rules.py fine_for): value, band, who, factors.
    "Trị giá tang vật, hàng hóa vi phạm %1 (tổng %2 dòng hàng). %3",
    "Trị giá tang vật, hàng hóa vi phạm %1 (tổng %2 dòng hàng; căn cứ xác định giá: %3). %4",
    "%1 thuộc %2 (%3): %4 đối với %5 từ %6 đến %7 (%8).",
    "%1 thuộc %2 (%3): %4 đối với %5 từ %6 đến %7.",
    "Mức phạt tại %1 (không phụ thuộc trị giá hàng hóa): %2 đối với %3 từ %4 đến %5 (%6).",
    "Mức phạt tại %1 (không phụ thuộc trị giá hàng hóa): %2 đối với %3 từ %4 đến %5.",
    "Trị giá hàng hóa vi phạm %1",
    "Số lợi bất hợp pháp %1",
    "phạt tiền",
    "phạt cảnh cáo hoặc phạt tiền",
    "tổ chức",
    "cá nhân",
    "hàng hóa vi phạm có giá trị dưới %1",
    "hàng hóa vi phạm có giá trị dưới %1 (phạt cảnh cáo hoặc phạt tiền)",
    "hàng hóa vi phạm có giá trị từ %1 đến dưới %2",
    "hàng hóa vi phạm có giá trị đến %1",
    "trị giá hàng thật tương đương dưới %1 hoặc thu lợi bất hợp pháp dưới %2",
    "trị giá hàng thật tương đương từ %1 đến dưới %2 hoặc thu lợi bất hợp pháp từ %3 đến dưới %4",
    "trị giá hàng thật tương đương từ %1 trở lên hoặc thu lợi bất hợp pháp từ %2 trở lên mà không bị truy cứu "
    "trách nhiệm hình sự",
    "Tổ chức: gấp %1 lần mức đối với cá nhân (%2)",
    "Cá nhân: bằng 1/%1 mức đối với tổ chức (%2)",
    "×%1 theo khoản %2 Điều %3: %4",
    "Nghị định số %1, sửa đổi bởi Nghị định số %2 (điều khoản về mức phạt tiền)",
    "Khoản %1 Điều %2 Nghị định số %3, sửa đổi bởi Nghị định số %4",
    "Điều 24 Luật Xử lý vi phạm hành chính",
    "Có thể phạt cảnh cáo.",
    "trị giá hàng hóa dưới %1",
    "trị giá hàng hóa từ %1 đến dưới %2",
    "trị giá hàng hóa từ %1 trở lên",
    "Khung tiền phạt cho trị giá %1 tại %2 chưa có trong danh mục (chưa kiểm chứng); tra văn bản hợp nhất và "
    "nhập mức phạt thủ công.",
    "%1 phạt theo số lượng; khung theo số lượng chưa có trong danh mục — tra văn bản hợp nhất và nhập mức phạt "
    "thủ công.",
    "%1 phạt theo trị giá hàng hóa: cần nhập trị giá.",
    "Khoản %1 Điều %2 Nghị định số %3",
    "Điểm %1 khoản %2 Điều %3 Nghị định số %4",
)

_FACT = re.compile(r"%(\d)")


@functools.cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each template as a regular expression (a fact matches as little as it can), the most specific first."""
    out = []
    for template in TEMPLATES:
        parts = _FACT.split(template)
        rx = "".join(f"(?P<f{p}>.+?)" if i % 2 else re.escape(p) for i, p in enumerate(parts))
        out.append((re.compile(rx + r"\Z", re.DOTALL), template))
    return tuple(sorted(out, key=lambda pt: -len(_FACT.sub("", pt[1]))))


def _fact(facts: dict[str, str], m: re.Match[str]) -> str:
    return facts.get(m.group(1), m.group(0))


def english() -> bool:
    """True when the interface is English (the language's locale is the default, ui/i18n.py)."""
    return QLocale().language() == QLocale.Language.English


def core_text(text: str) -> str:
    """``text`` (a message of the core) in the interface's language; unchanged in Vietnamese, and when no
    template matches it."""
    if not text or not english():
        return text
    return _translate(text, 0)


def _whole(text: str) -> str | None:
    for context in _WHOLE:
        out = QCoreApplication.translate(context, text)
        if out != text:
            return out
    return None


def _translate(text: str, depth: int) -> str:
    whole = _whole(text)
    if whole is not None:
        return whole
    if depth > 4:
        return text
    if "\n" in text:  # a list of problems, line by line ("Chưa thể hoàn tất văn bản:\n- …")
        return "\n".join(_translate(line, depth + 1) if line else line for line in text.split("\n"))
    if text.startswith("- "):
        return "- " + _translate(text[2:], depth + 1)
    # A legal-rule problem: "facts — title. action (Căn cứ: …)", the rule's part translated whole.
    for sep in re.finditer(" — ", text):
        tail = text[sep.end():]
        rule = QCoreApplication.translate(RULE_CONTEXT, tail)
        if rule != tail:
            return _translate(text[:sep.start()], depth + 1) + " — " + rule
    if "; " in text:  # several problems in one line, each a message of its own
        parts = text.split("; ")
        done = [_translate(part, depth + 1) for part in parts]
        if all(a != b for a, b in zip(parts, done, strict=True)):
            return "; ".join(done)
    for rx, template in _patterns():
        match = rx.match(text)
        if match is None:
            continue
        out = QCoreApplication.translate(CONTEXT, template)
        if out == template and not template.replace("—", "").isascii():  # Vietnamese without English
            return text
        facts = {name[1:]: _translate(value, depth + 1) for name, value in match.groupdict().items()}
        return _FACT.sub(functools.partial(_fact, facts), out)
    # "where: what" (a field's label or a place, then the message).
    for sep in re.finditer(": ", text):
        head = _whole(text[:sep.start()])
        if head is not None:
            return f"{head}: {_translate(text[sep.end():], depth + 1)}"
    return text
