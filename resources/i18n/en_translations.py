"""English translations of the UI (Vietnamese is the source language).

Regenerate the catalogue and compile it after changing UI strings:
    pyside6-lupdate inspector_app/ui/*.py -source-language vi -target-language en -ts resources/i18n/inspector_en.ts
    python resources/i18n/en_translations.py      # fills inspector_en.ts from EN below
    pyside6-lrelease resources/i18n/inspector_en.ts -qm resources/i18n/inspector_en.qm
Strings missing here stay untranslated (Qt shows the Vietnamese source text).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

EN: dict[str, str | tuple[str, str]] = {
    " (hiển thị tối đa %1)": " (showing at most %1)",
    "%1 dòng — tổng trị giá %2 đồng": "%1 rows — total value %2 VND",
    "%1 trang": "%1 pages",
    "%1 văn bản bị từ chối hoặc xung đột (xem lý do bên dưới).": "%1 documents rejected or in conflict (reasons below).",
    "%n dòng hàng": ("%n goods row", "%n goods rows"),
    "%n hành vi vi phạm": ("%n violation", "%n violations"),
    "%n niêm phong": ("%n seal", "%n seals"),
    "%n việc quá hạn": ("%n overdue", "%n overdue"),
    "%n vụ việc": ("%n case", "%n cases"),
    "&Cài đặt…": "&Settings…", "&Công cụ": "&Tools", "&Cập nhật tình trạng": "&Refresh status",
    "&Giới thiệu": "&About", "&Hoàn tất…": "&Finalise…", "&Hàng hóa": "&Goods", "&In…": "&Print…",
    "&Lưu vụ việc": "&Save case", "&Lập văn bản": "&New document", "&Nhập dữ liệu từ tệp…": "&Import from file…",
    "&Niêm phong": "Sea&ls", "&Thoát": "&Quit", "&Tệp": "&File", "&Vi phạm": "&Violations", "&Văn bản": "&Documents",
    "&Vụ việc mới…": "&New case…", "&Xem trước": "Pre&view", "&Xuất dữ liệu ra tệp…": "&Export to file…",
    "(chưa có đối tượng)": "(no subject yet)", "(chưa mở)": "(not opened)", "10 hoặc 13 chữ số": "10 or 13 digits",
    "12 chữ số": "12 digits", "Bản quét": "Scan", "Bắt đầu": "Started", "Bắt đầu lúc": "Started at",
    "Bắt đầu sử dụng": "Getting started", "Bằng chữ: %1": "In words: %1", "Bị hư hỏng": "Damaged",
    "Bị từ chối": "Rejected", "Bị từ chối/xung đột: %1": "Rejected/conflicts: %1",
    "Chưa cấu hình đơn vị và công chức (Công cụ → Cài đặt).": "Unit and officer not set up (Tools → Settings).",
    "Chưa hoàn tất được": "Could not finalise", "Chưa lưu": "Not saved", "Chưa lưu được": "Could not save",
    "Chưa lưu được vụ việc": "Could not save the case",
    "Chưa lưu được: sửa các ô báo đỏ": "Not saved: fix the fields marked in red",
    "Chưa lưu được: thông tin đối tượng chưa hợp lệ": "Not saved: the subject is not valid yet",
    "Chưa nhập họ tên": "Name is missing", "Chưa nhập tên vụ việc": "Case title is missing",
    "Chưa nhập địa điểm": "Place is missing",
    "Chưa thể hoàn tất: còn %n vấn đề cần sửa.": ("Cannot finalise yet: %n problem to fix.",
                                                 "Cannot finalise yet: %n problems to fix."),
    "Chưa đăng nhập máy chủ": "Not logged in to the server",
    "Chưa đăng nhập máy chủ: vào Công cụ → Cài đặt → Máy chủ.": "Not logged in: go to Tools → Settings → Server.",
    "Chọn tệp": "Choose files", "Chờ gửi: %1": "Waiting to send: %1", "Chủng loại, quy cách": "Model, specification",
    "Chức danh người đại diện": "Representative's title", "Chức vụ": "Position",
    "Chức vụ / nghề nghiệp": "Position / occupation", "Chứng cứ trên mạng": "Online evidence",
    "Chứng cứ trực tuyến": "Online evidence", "Cài đặt": "Settings", "Cá nhân": "Individual",
    "Còn %1 văn bản chờ gửi.": "%1 documents still waiting to be sent.", "Còn lại": "Left",
    "Còn nguyên vẹn": "Intact", "Có thể phạt cảnh cáo.": "A warning is possible.",
    "Công chức sử dụng máy": "Officer using this computer", "Căn cứ": "Legal basis", "Cơ quan / đơn vị": "Agency / unit",
    "Cơ quan chủ quản": "Parent agency", "CẢNH BÁO: mã vạch thuộc danh sách cảnh báo": "WARNING: barcode is on the watch list",
    "Cả trang": "Whole page", "Cần sửa trước khi hoàn tất:": "To fix before finalising:", "Cập nhật": "Update",
    "Danh mục hành vi vi phạm": "Violation catalogue", "Dung lượng": "Size",
    "Dùng dữ liệu mẫu để làm quen": "Use demo data to try it out", "Dữ liệu chưa hợp lệ:": "Invalid data:",
    "Ghi chú": "Note", "Ghi chú / địa chỉ": "Caption / address", "Ghi rõ lý do không ký biên bản": "State why they did not sign",
    "Giới thiệu": "About", "Giới tính": "Sex", "Giới tính người đại diện": "Representative's sex",
    "Hiện/ẩn &thời hạn": "Show/hide &deadlines", "Hoàn tất": "Final", "Hoàn tất văn bản": "Finalise document",
    "Hoàn tất…": "Finalise…", "Hàng hóa, tang vật": "Goods, exhibits", "Hàng nhập lậu": "Smuggled",
    "Hành vi": "Violation", "Hãy chọn hoặc lập một vụ việc trước.": "Select or create a case first.",
    "Hãy chọn một văn bản trong thẻ Văn bản.": "Select a document in the Documents tab.", "Hạn": "Due",
    "Họ tên / tên tổ chức": "Name / organisation", "Họ và tên": "Full name", "Hủy": "Cancel",
    "In bản nháp": "Print draft", "In…": "Print…", "In… (Ctrl+P)": "Print… (Ctrl+P)",
    "Khung phạt (%1): %2 – %3 đồng; mức thường áp dụng %4 đồng.": "Fine range (%1): %2 – %3 VND; usual amount %4 VND.",
    "Khung phạt (đồng)": "Fine range (VND)", "Không còn vấn đề: có thể hoàn tất.": "No problems left: ready to finalise.",
    "Không in được": "Could not print", "Không ký biên bản": "Refused to sign",
    "Không lập được văn bản": "Could not create the document", "Không lập được vụ việc": "Could not create the case",
    "Không mở được cơ sở dữ liệu trong thư mục %1.": "Could not open the database in folder %1.",
    "Không mở được dữ liệu": "Cannot open data", "Không mở được máy in": "Cannot open the printer",
    "Không rõ nguồn gốc": "Unknown origin", "Không xem trước được": "Could not preview", "Không xóa được": "Could not delete",
    "Không đọc được tệp PDF để in": "Cannot read the PDF to print", "Kết quả": "Result",
    "Kết quả kiểm tra, nhận xét": "Findings", "Kết thúc": "Ended", "Loại": "Kind", "Loại văn bản:": "Document kind:",
    "Loại đối tượng": "Subject kind", "Lý do": "Reason", "Lý do không ký": "Reason for not signing",
    "Lưu nháp (Ctrl+S)": "Save draft (Ctrl+S)", "Lưu và bắt đầu": "Save and start",
    "Lưu vụ việc (Ctrl+S)": "Save case (Ctrl+S)", "Lần cuối: %1": "Last: %1", "Lập lúc": "Created",
    "Lập văn bản": "Create document", "Lập văn bản &thay thế…": "&Correct (supersede)…",
    "Lập văn bản thay thế": "Correct (supersede)", "Lập văn bản thay thế…": "Correct (supersede)…", "Lỗi": "Error",
    "Lỗi chương trình": "Program error", "Máy chủ Chi cục (đồng bộ)": "HQ server (sync)",
    "Máy chủ và đăng nhập": "Server and login", "Máy chủ: %1 — tài khoản %2": "Server: %1 — account %2",
    "Mã %1: %2": "Code %1: %2", "Mã số doanh nghiệp/thuế": "Enterprise/tax code", "Mã tài khoản người bán": "Seller account id",
    "Mã vạch": "Barcode", "Mã vạch:": "Barcode:", "Mã đơn vị": "Unit code", "Mô tả hành vi": "Description",
    "Mật khẩu": "Password", "Mật khẩu (chỉ khi máy chủ yêu cầu đăng nhập lại)": "Password (only if the server asks to log in again)",
    "Mọi loại văn bản": "All document kinds", "Mọi trạng thái": "All statuses", "Mỗi dòng một mục": "One item per line",
    "Mở / sửa": "Open / edit", "Mức phạt": "Fine", "Mức phạt (đồng)": "Fine (VND)",
    "Mức phạt phải là số nguyên đồng": "The fine must be whole VND", "Nghi hàng giả": "Suspected counterfeit",
    "Nghề nghiệp": "Occupation", "Ngày cấp": "Issued on", "Ngày cấp ĐKKD": "Registration date",
    "Ngày phải có dạng YYYY-MM-DD": "Date must be YYYY-MM-DD", "Ngày quyết định": "Decision date", "Ngày sinh": "Birth date",
    "Ngôn ngữ": "Language", "Ngôn ngữ giao diện": "Interface language",
    "Ngôn ngữ mới sẽ được dùng khi mở lại ứng dụng.": "The new language is used after restarting the app.",
    "Người ban hành": "Issued by", "Người ban hành quyết định": "Decision issued by",
    "Người bán hàng trực tuyến": "Online seller", "Người bảo quản": "Keeper", "Người tham gia": "Participant",
    "Người tham gia, ký biên bản": "Participants and signatories", "Người đại diện theo pháp luật": "Legal representative",
    "Nháp": "Draft", "Nhãn hiệu": "Brand", "Nhập dữ liệu": "Import", "Niêm phong": "Seal",
    "Niêm phong những gì": "What is sealed", "Nơi bảo quản": "Kept at", "Nơi cấp": "Issued by",
    "Nơi cấp ĐKKD": "Registered at", "Phải là số nguyên": "Must be a whole number",
    "Phải là số tiền (đồng)": "Must be an amount (VND)", "QLTT — Kiểm tra thị trường": "QLTT — Market inspection",
    "Quét hoặc gõ mã vạch rồi nhấn Enter": "Scan or type a barcode, then press Enter", "Quốc tịch": "Nationality",
    "STT": "No.", "Sàn / nền tảng": "Platform", "Sẵn sàng": "Ready", "Sẽ gửi lại": "Will retry", "Số": "Number",
    "Số CCCD/định danh": "ID card number", "Số giấy chứng nhận ĐKKD": "Business registration no.",
    "Số hiệu / CCCD": "Officer no. / ID", "Số hiệu công chức": "Officer number", "Số lượng": "Quantity",
    "Số niêm phong": "Seal numbers", "Số niêm phong (cách nhau dấu phẩy)": "Seal numbers (comma separated)",
    "Số quyết định do đơn vị cấp (vd: 12):": "Decision number issued by the unit (e.g. 12):",
    "Số quyết định kiểm tra": "Inspection decision no.", "Số thẻ kiểm tra thị trường": "Inspection card no.",
    "Sửa / ghi không ký…": "Edit / record refusal…", "Sửa…": "Edit…", "Thay thế": "Supersedes",
    "Thiếu tệp đính kèm": "Attachments missing", "Thêm &dữ liệu mẫu": "Add &demo data",
    "Thêm chứng cứ từ gian hàng trực tuyến…": "Add evidence from an online shop…", "Thêm hàng hóa…": "Add goods…",
    "Thêm người…": "Add person…", "Thêm niêm phong…": "Add seal…", "Thêm vào vụ việc": "Add to case",
    "Thêm ảnh, bản quét…": "Add photos, scans…", "Thông tin &chung": "&General", "Thư điện tử": "E-mail",
    "Thời gian phải có dạng YYYY-MM-DDTHH:MM": "Time must be YYYY-MM-DDTHH:MM",
    "Thời hạn sắp đến và quá hạn": "Deadlines due and overdue", "Thời điểm lập": "Drawn up at",
    "Thời điểm niêm phong": "Sealed at", "Trường bắt buộc": "Required", "Trạng thái": "Status", "Trị giá": "Value",
    "Trợ &giúp": "&Help", "Tên hàng hóa": "Goods name", "Tên vụ việc": "Case title", "Tên đăng nhập": "User name",
    "Tên đơn vị": "Unit name", "Tìm &kiếm": "&Search",
    "Tìm vụ việc, đối tượng, hàng hóa, mã số thuế… (Ctrl+F)": "Search cases, subjects, goods, tax codes… (Ctrl+F)",
    "Tình trạng khi mở": "State when opened", "Tình trạng, đặc điểm": "Condition", "Tăng số lượng: %1 — %2": "Quantity raised: %1 — %2",
    "Tạm giữ": "Seized", "Tạm giữ / bỏ tạm giữ": "Seize / release", "Tệp": "File",
    "Tệp dữ liệu (*.json *.zip);;Tất cả (*)": "Data files (*.json *.zip);;All (*)",
    "Tệp dữ liệu (*.json);;Tất cả (*)": "Data files (*.json);;All (*)", "Tổ chức": "Organisation", "Vai trò": "Role",
    "Vi phạm của vụ việc": "Violations of the case", "Việc phải làm": "To do", "Văn bản": "Documents",
    "Văn bản chưa được máy chủ nhận:": "Documents the server has not accepted:",
    "Văn bản này đã hoàn tất.": "This document is already final.",
    "Văn bản đã hoàn tất (chỉ đọc). SHA-256: %1": "Final document (read-only). SHA-256: %1", "Vụ việc": "Case",
    "Vụ việc mới": "New case", "Vụ việc mới… (Ctrl+N)": "New case… (Ctrl+N)",
    "Vụ việc được lập để thực hiện một quyết định kiểm tra.": "A case carries out an inspection decision.",
    "Vừa chiều rộng": "Fit width", "Xem trước": "Preview", "Xem trước văn bản": "Document preview", "Xung đột": "Conflict",
    "Xuất dữ liệu": "Export", "Xuất xứ": "Origin", "Xóa": "Remove", "Xóa bản nháp": "Delete draft",
    "Xóa bản nháp này?": "Delete this draft?", "Xóa dòng": "Delete row", "Xóa dòng “%1”?": "Delete row “%1”?",
    "Xóa hàng hóa": "Delete goods", "Xóa vi phạm": "Remove violation", "bị hư hỏng": "damaged", "chưa cấp số": "no number yet",
    "cá nhân": "individual", "còn %n ngày": ("%n day left", "%n days left"), "còn nguyên": "intact", "có": "yes",
    "không rõ nguồn gốc": "unknown origin", "nghi giả": "suspected fake", "nhập lậu": "smuggled",
    "quá hạn %n ngày": ("%n day overdue", "%n days overdue"), "thay thế một văn bản đã hoàn tất": "supersedes a final document",
    "tạm giữ": "seized", "tổ chức": "organisation", "từ ngày YYYY-MM-DD": "from YYYY-MM-DD", "vd: 15/QĐ-KT": "e.g. 15/QĐ-KT",
    "vd: Kiểm tra cửa hàng mỹ phẩm Hoa Mai": "e.g. Inspection of Hoa Mai cosmetics shop", "vi phạm": "violations",
    "ĐVT": "Unit", "Đang dừng sau lô hiện tại…": "Stopping after the current batch…", "Đang in %1…": "Printing %1…",
    "Đang kết nối…": "Connecting…", "Đang lưu…": "Saving…", "Đang mở dữ liệu…": "Opening data…",
    "Đang nhập dữ liệu…": "Importing…", "Đang thêm dữ liệu mẫu…": "Adding demo data…", "Đang xuất dữ liệu…": "Exporting…",
    "Đang xử lý": "Open", "Đang đăng nhập…": "Logging in…", "Điểm": "Point", "Điện thoại": "Phone",
    "Đoàn && &người chứng kiến": "Team && &witnesses", "Đánh dấu": "Flags", "Đã có trên máy chủ": "Already on server",
    "Đã hoàn tất văn bản số %1": "Finalised document no. %1", "Đã hủy in": "Printing cancelled",
    "Đã hủy theo yêu cầu.": "Cancelled.", "Đã in %1 trang": "Printed %1 pages", "Đã kết thúc": "Closed", "Đã lưu": "Saved",
    "Đã nhận": "Accepted", "Đã nhập xong: %1": "Imported: %1", "Đã thêm: %1": "Added: %1",
    "Đã xuất dữ liệu ra %1": "Exported to %1", "Đã đăng xuất thiết bị.": "Device logged out.", "Đã đồng bộ": "Synced",
    "Đóng": "Close", "Đăng nhập": "Log in", "Đăng xuất thiết bị": "Log out device", "Đơn giá": "Unit price",
    "Đơn giá (đồng)": "Unit price (VND)", "Đơn giá phải là số nguyên đồng": "Unit price must be whole VND", "Đơn vị": "Unit",
    "Đơn vị / địa chỉ": "Unit / address", "Đơn vị tính": "Unit of measure", "Đơn vị và công chức": "Unit and officer",
    "Địa chỉ": "Address", "Địa chỉ gian hàng": "Shop address", "Địa chỉ máy chủ": "Server address",
    "Địa chỉ trang bán hàng (https://…):": "Listing address (https://…):", "Địa chỉ trụ sở": "Office address",
    "Địa danh (in ở dòng ngày tháng)": "Place name (printed on the date line)", "Địa điểm": "Place",
    "Địa điểm kiểm tra": "Inspection place", "Địa điểm lập": "Drawn up at (place)", "Đối &tượng": "&Subject",
    "Đối tượng": "Subject", "Đối tượng này đã bị kiểm tra trước đây:": "This subject was inspected before:",
    "Đối tượng: %1": "Subject: %1", "Đồng &bộ": "S&ync", "Đồng bộ hoàn tất.": "Sync complete.", "Đồng bộ ngay": "Sync now",
    "Đồng bộ với &máy chủ…": "Sync with &server…", "Đồng bộ với máy chủ Chi cục": "Sync with the HQ server",
    "đến ngày YYYY-MM-DD": "to YYYY-MM-DD", "đồng": "VND", "Ả&nh && chứng cứ": "&Photos && evidence", "Ảnh": "Photo",
    "Trưởng đoàn": "Team leader", "Thành viên đoàn": "Team member", "Người lập biên bản": "Drawn up by",
    "Người chứng kiến": "Witness", "Đại diện chính quyền": "Local authority", "Người phiên dịch": "Interpreter",
    "Cơ quan phối hợp": "Coordinating agency", "Đại diện đối tượng": "Subject's representative",
    "Người bị thiệt hại": "Injured party", "In văn bản": "Print document",
}


def fill(ts_path: Path) -> tuple[int, int]:
    """Write the translations into the .ts file; returns (translated, total)."""
    tree = ET.parse(ts_path)
    done = total = 0
    for msg in tree.getroot().iter("message"):
        total += 1
        source = msg.findtext("source") or ""
        tr = msg.find("translation")
        assert tr is not None
        value = EN.get(source)
        if value is None:
            continue
        for child in list(tr):
            tr.remove(child)
        tr.attrib.pop("type", None)
        if msg.get("numerus") == "yes":
            forms = value if isinstance(value, tuple) else (value, value)
            tr.text = None
            for form in forms:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = value if isinstance(value, str) else value[1]
        done += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return done, total


if __name__ == "__main__":
    d, t = fill(Path(__file__).with_name("inspector_en.ts"))
    print(f"translated {d} of {t} messages")
