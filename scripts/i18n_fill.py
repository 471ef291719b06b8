"""English translations of the UI (Vietnamese is the source language).

Regenerate the catalogue and compile it after changing UI strings:
    pyside6-lupdate inspector_app/ui/*.py -source-language vi -target-language en -ts resources/i18n/inspector_en.ts
    python scripts/i18n_fill.py                   # fills inspector_en.ts from EN below
    pyside6-lrelease resources/i18n/inspector_en.ts -qm resources/i18n/inspector_en.qm
Strings missing here stay untranslated (Qt shows the Vietnamese source text).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

# A developer tool: it lives in scripts/ so that it (and the .ts it edits) never ships in the bundle.
ROOT = Path(__file__).resolve().parents[1]

EN: dict[str, str | tuple[str, str]] = {
    # The shop's own name, apart from the person or organisation (forms review m11).
    "Tên cửa hàng, gian hàng (biển hiệu)": "Shop name (signboard or online shop)",
    # An online seller that is an enterprise is fined as an organisation (NĐ 98/2020 Article 4(4), issue 11).
    "Người bán là tổ chức (doanh nghiệp): áp dụng mức phạt đối với tổ chức":
        "The seller is an organisation (enterprise): the organisation's fine levels apply",
    # Finalising with the number left blank, written by hand from the register after signing (issue 11).
    "&Số quyết định (8 chữ số do đơn vị cấp, vd: 01020015):":
        "Decision &number (8 digits issued by the unit, e.g. 01020015):",
    "Để &trống số, ghi tay theo sổ đăng ký văn bản sau khi ký":
        "Leave the number &blank, to be written by hand from the register after signing",
    "Số văn bản lấy từ Hệ thống đăng ký, cấp số văn bản và chỉ ghi sau khi văn bản đã được ký (Thông tư "
    "22/2021/TT-BCT, Điều 6). Văn bản in ra với dòng \"Số: ……\" để ghi tay.":
        "Document numbers come from the document registration system and are written only after the document "
        "is signed (Circular 22/2021/TT-BCT, Article 6). The document prints with a blank number line to fill in by "
        "hand.",
    "&Hoàn tất": "&Finalise", "Hủ&y": "&Cancel",
    "Đã hoàn tất văn bản; số để trống, ghi tay theo sổ đăng ký sau khi ký":
        "Document finalised; the number is left blank, to be written by hand from the register after signing",
    # The scanned signed copy of a final document (sent to HQ at sync).
    "Bản quét…": "Scan…", "Đính kèm bản quét có chữ ký": "Attach the signed scan",
    "Đính kèm bản quét (PDF) của văn bản đã ký; gửi về Chi cục khi đồng bộ":
        "Attach the scan (PDF) of the signed document; it goes to HQ at the next sync",
    "Tệp PDF (*.pdf)": "PDF files (*.pdf)",
    "Đã lưu bản quét “%1”. Bản quét sẽ được gửi về Chi cục ở lần đồng bộ tới.":
        "The scan “%1” is saved. It goes to HQ at the next sync.",
    # Encryption at rest: the lock screen, the PIN and the passphrase dialog.
    "Khóa &màn hình": "&Lock screen", "Đặt mã &PIN mở khóa…": "Set unlock &PIN…",
    "Ứng dụng đang khóa": "The app is locked",
    "Nhập mật khẩu dữ liệu hoặc mã PIN để tiếp tục.": "Type the data passphrase or the PIN to continue.",
    "&Mở khóa": "&Unlock", "Mật khẩu không đúng.": "Wrong passphrase.", "Mã PIN mở khóa": "Unlock PIN",
    "Mã PIN (ít nhất 4 chữ số) để mở khóa màn hình nhanh:": "PIN (at least 4 digits) to unlock the screen quickly:",
    "Đã đặt mã PIN.": "The PIN is set.", "Chưa sao lưu được: %1": "Backup failed: %1",
    "Đặt mật khẩu bảo vệ dữ liệu": "Set a passphrase to protect the data", "Mở khóa dữ liệu": "Unlock the data",
    "Dữ liệu trên máy này được mã hóa. Hãy đặt một mật khẩu (ít nhất 8 ký tự) và ghi nhớ nó: "
    "không có mật khẩu thì không ai, kể cả Chi cục, mở được dữ liệu chưa đồng bộ.":
        "The data on this laptop is encrypted. Set a passphrase (at least 8 characters) and remember it: "
        "without it nobody, HQ included, can open the data not yet synced.",
    "Nhập mật khẩu để mở dữ liệu của máy này.": "Type the passphrase to open this laptop's data.",
    "&Mật khẩu:": "&Passphrase:", "&Nhập lại:": "&Repeat:",
    "Mật khẩu phải có ít nhất 8 ký tự.": "The passphrase needs at least 8 characters.",
    "Hai lần nhập mật khẩu không khớp.": "The two passphrases differ.", "Hãy nhập mật khẩu.": "Type the passphrase.",
    # Encrypted exports: the file's own passphrase, set when exporting and typed when importing.
    "Mật khẩu cho tệp xuất": "Passphrase of the export file",
    "Mở tệp dữ liệu đã mã hóa": "Open an encrypted data file",
    "Tệp xuất được mã hóa bằng mật khẩu này (ít nhất 8 ký tự). Máy nhập tệp cần đúng mật khẩu này: hãy báo cho "
    "người nhận qua kênh khác, đừng gửi kèm tệp.":
        "The export file is encrypted with this passphrase (at least 8 characters). The laptop that imports it "
        "needs exactly this passphrase: tell the recipient by another channel, never with the file.",
    "Tệp này được mã hóa. Nhập mật khẩu đã đặt khi xuất tệp.":
        "This file is encrypted. Type the passphrase set when it was exported.",
    "Đã xuất dữ liệu (mã hóa) ra %1": "Data exported (encrypted) to %1",
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
    "&Giới thiệu": "&About", "&Hoàn tất…": "&Finalise…", "&Hàng hóa": "G&oods", "&In…": "&Print…",
    "&Lưu vụ việc": "&Save case", "&Lập văn bản": "&New document", "&Nhập dữ liệu từ tệp…": "&Import from file…",
    "&Niêm phong": "Sea&ls", "&Thoát": "&Quit", "&Tệp": "&File", "&Vi phạm": "&Violations", "&Văn bản": "Do&cuments",
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
    # The ×2 grounds of the article and the illegal profit, recorded per violation.
    "Căn cứ phạt gấp hai lần (khoản 2 của điều)": "Grounds for doubling the fine (clause 2 of the article)",
    "đồng (nếu xác định được)": "VND (if known)",
    "Số lợi bất hợp pháp thu được: với điều có khung theo số lợi, điểm áp dụng là điểm cao hơn giữa trị giá hàng "
    "và số lợi.": "Illegal profit made: where the article has profit bands, the point that applies is the higher "
                  "of the goods value's and the profit's.",
    "Số lợi bất hợp pháp": "Illegal profit",
    "Phạt gấp %1 lần mức phạt (khoản %2 của điều)": "Fine multiplied by %1 (clause %2 of the article)",
    "Số lợi bất hợp pháp phải là số nguyên đồng": "The illegal profit must be a whole number of VND",
    " (chưa xác minh)": " (unverified)",
    "Xác nhận bỏ qua cảnh báo…": "Confirm and pass over the warning…",
    "Xác nhận bỏ qua cảnh báo": "Confirm and pass over the warning",
    "%1\n\nChỉ xác nhận khi pháp luật cho phép người có thẩm quyền lựa chọn. Ghi lý do: căn cứ, số và ngày văn bản "
    "đã đối chiếu (lý do được ghi vào nhật ký):": "%1\n\nConfirm only where the law leaves the official a choice. "
                                                 "Give the reason: the basis, the number and date of the document "
                                                 "checked (the reason goes into the audit log):",
    "Chưa xác nhận được cảnh báo": "The warning was not confirmed",
    "Khung phạt CHƯA XÁC MINH (độ tin cậy %1): đối chiếu văn bản chính thức (Công báo, văn bản hợp nhất) trước khi "
    "áp dụng.": "Fine range NOT VERIFIED (confidence %1): check it against the official text (Official Gazette, "
                "consolidated text) before applying it.",
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
    "HQ duyệt": "HQ review", "Sửa / ghi không ký…": "Edit / record refusal…", "Sửa…": "Edit…", "Thay thế": "Supersedes",
    "Thiếu tệp đính kèm": "Attachments missing", "Thêm &dữ liệu mẫu": "Add &demo data",
    "Thêm chứng cứ từ gian hàng trực tuyến…": "Add evidence from an online shop…", "Thêm hàng hóa…": "Add goods…",
    "Thêm người…": "Add person…", "Thêm niêm phong…": "Add seal…", "Thêm vào vụ việc": "Add to case",
    "Thêm ảnh, bản quét…": "Add photos, scans…", "Thông tin &chung": "&General", "Thư điện tử": "E-mail",
    "Thời gian phải có dạng YYYY-MM-DDTHH:MM": "Time must be YYYY-MM-DDTHH:MM",
    "Thời hạn sắp đến và quá hạn": "Deadlines due and overdue", "Thời điểm lập": "Drawn up at",
    "Thời điểm niêm phong": "Sealed at", "Trường bắt buộc": "Required", "Trạng thái": "Status", "Trị giá": "Value",
    "Trợ &giúp": "&Help", "Tên hàng hóa": "Goods name", "Tên vụ việc": "Case title", "Tên đăng nhập": "User name",
    "Tên đơn vị": "Unit name", "Tìm &kiếm": "Sea&rch",
    "Tìm vụ việc, đối tượng, hàng hóa, mã số thuế… (Ctrl+F)": "Search cases, subjects, goods, tax codes… (Ctrl+F)",
    "Tình trạng khi mở": "State when opened", "Tình trạng, đặc điểm": "Condition", "Tăng số lượng: %1 — %2": "Quantity raised: %1 — %2",
    "Tạm giữ": "Seized", "Tạm giữ / bỏ tạm giữ": "Seize / release", "Tệp": "File",
    "Tệp dữ liệu (*.qltt *.json *.zip);;Tất cả (*)": "Data files (*.qltt *.json *.zip);;All (*)",
    "Tệp dữ liệu mã hóa (*.qltt);;Tất cả (*)": "Encrypted data files (*.qltt);;All (*)", "Tổ chức": "Organisation", "Vai trò": "Role",
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
    # Added with the Vietnamese-everywhere work (dates, sync login, layout, mnemonics).
    "Chọn một vụ việc trong danh sách, hoặc lập vụ việc mới (Ctrl+N).": "Choose a case in the list, or create a new one (Ctrl+N).",
    "Đối tượng này đã có vi phạm trước đây:": "This subject has earlier violations:", "trên máy này": "on this laptop",
    "theo dữ liệu Chi cục": "according to HQ data", " — có thể là tái phạm": " — possibly a repeat offence",
    "Đoàn kiểm tra, người chứng kiến, đại diện chính quyền và người liên quan.":
        "Inspection team, witnesses, local authority and other people involved.",
    "Thông tin ch&ung": "&General", "Đố&i tượng": "&Subject", "Người th&am gia": "P&eople", "Vi phạ&m": "&Violations",
    "Niêm ph&ong": "Sea&ls", "Đã lưu tự động": "Saved automatically",
    "Đã lưu phần hợp lệ; các ô báo đỏ chưa lưu": "Valid fields saved; fields marked in red are not saved yet",
    "Chưa lưu tự động được: %1": "Could not save automatically: %1",
    "Ảnh và tài liệu (*.jpg *.jpeg *.png *.webp *.pdf);;Tất cả (*)": "Photos and documents (*.jpg *.jpeg *.png *.webp *.pdf);;All files (*)",
    "Ngày phải có dạng ngày/tháng/năm, vd: 28/11/2026": "Dates are day/month/year, e.g. 28/11/2026",
    "Thời gian phải có dạng ngày/tháng/năm giờ:phút, vd: 28/11/2026 08:30":
        "Times are day/month/year hours:minutes, e.g. 28/11/2026 08:30",
    "ngày/tháng/năm giờ:phút": "dd/mm/yyyy hh:mm", "ngày/tháng/năm": "dd/mm/yyyy",
    "Chọn ngày trên lịch (F4)": "Pick the day on a calendar (F4)",
    "Văn bản chưa hoàn tất nên chưa có số. In bản nháp để xem lại?":
        "The document is not final and has no number yet. Print a draft to review?",
    "Sau khi hoàn tất, văn bản được cấp số và KHÔNG THỂ SỬA nữa; muốn sửa phải lập văn bản thay thế. Hoàn tất %1?":
        "Once finalised the document gets its number and CANNOT BE CHANGED; a change needs a replacement document. "
        "Finalise %1?",
    "Văn bản đã hoàn tất không sửa được. Lập một bản nháp mới thay thế nó (văn bản cũ vẫn được giữ)?":
        "A final document cannot be changed. Create a new draft that replaces it (the old one is kept)?",
    "Văn bản được lập sẵn từ thông tin vụ việc; lưu vụ việc trước khi lập.":
        "Documents are prefilled from the case; save the case before creating one.",
    "số tiền (đồng)": "amount (VND)", "(chưa chọn)": "(not chosen)",
    "Chào mừng! Nhập đơn vị và công chức sử dụng máy này. Thông tin này được in trên mọi biên bản, quyết định và "
    "có thể sửa sau trong Cài đặt.": "Welcome! Enter the unit and the officer using this laptop. They are printed on "
                                     "every record and decision and can be changed later in Settings.",
    "Bỏ qua mã đã chọn": "Dismiss the selected code", "Bỏ qua tất cả": "Dismiss all",
    "Mã bị từ chối (chưa ghi vào bảng hàng hóa):": "Rejected codes (not added to the goods):",
    "Giá trị bất thường": "Unusual value", "Dòng “%1”: %2. Có đúng không? Chọn Không để sửa lại.":
        "Row “%1”: %2. Is that right? Choose No to correct it.",
    "Không lưu: %1": "Not saved: %1", "Đã bỏ qua thay đổi của dòng “%1”.": "The change to row “%1” was discarded.",
    "Đã nhận %1 lần quét (%2 bị từ chối) · %3 dòng": "%1 scans received (%2 rejected) · %3 rows",
    "vd: https://qltt.dongnai.gov.vn": "e.g. https://qltt.dongnai.gov.vn",
    "Máy này không có kho khóa (keyring): mật khẩu sẽ được hỏi mỗi lần đồng bộ.":
        "This laptop has no keyring: the password will be asked at every sync.",
    "từ ngày (ngày/tháng/năm)": "from (dd/mm/yyyy)", "đến ngày (ngày/tháng/năm)": "to (dd/mm/yyyy)",
    "Văn &bản": "&Documents", "Đồn&g bộ": "S&ync", "Trợ giú&p": "&Help",
    "QLTT Field Inspector — ghi nhận kiểm tra, in biên bản và quyết định theo mẫu TT 22/2021/TT-BCT và "
    "NĐ 118/2021/NĐ-CP, đồng bộ về cơ sở dữ liệu tập trung.":
        "QLTT Field Inspector — records inspections, prints the records and decisions of TT 22/2021/TT-BCT and "
        "NĐ 118/2021/NĐ-CP, and syncs them to the central database.",
    "vd: CHI CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH ĐỒNG NAI": "e.g. CHI CUC QUAN LY THI TRUONG TINH DONG NAI",
    "vd: ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 1": "e.g. DOI QUAN LY THI TRUONG SO 1", "vd: QLTT-DN-01": "e.g. QLTT-DN-01",
    "vd: Biên Hòa": "e.g. Bien Hoa", "vd: Kiểm soát viên thị trường": "e.g. Market controller",
    "vd: QLTT0215": "e.g. QLTT0215", "NP-0001, NP-0002": "NP-0001, NP-0002", "Nam": "Male", "Nữ": "Female",
    "Ngôn ngữ mới được áp dụng khi mở lại ứng dụng. Biên bản, quyết định luôn in bằng tiếng Việt.":
        "A new language applies when the app is opened again. Records and decisions always print in Vietnamese.",
    "Chưa đăng nhập máy chủ: nhập địa chỉ máy chủ, tên đăng nhập và mật khẩu rồi bấm Đăng nhập.":
        "Not logged in: enter the server address, user name and password, then press Log in.",
    "Chờ gửi: %n văn bản.": ("Waiting to send: %n document.", "Waiting to send: %n documents."),
    "Không có văn bản nào chờ gửi.": "No document is waiting to be sent.",
    "Đã gửi %1 văn bản (mới %2, đã có %3); %4 tệp đính kèm; %5 mục dữ liệu tham chiếu.":
        "Sent %1 documents (%2 new, %3 already there); %4 attachments; %5 reference items.",
    "Máy chủ yêu cầu đăng nhập lại (phiên đăng nhập đã hết hạn hoặc thiết bị đã bị thu hồi). Nhập mật khẩu rồi bấm "
    "Đăng nhập; dữ liệu chưa gửi vẫn được giữ nguyên.": "The server asks to log in again (the session expired or "
    "this device was revoked). Enter the password and press Log in; nothing waiting to be sent is lost.",
    "Tìm hành vi trong danh mục (vd: hàng giả, nhập lậu, Điều 15)":
        "Search the catalogue of violations (e.g. counterfeit, smuggled, Article 15)",
    # Attachments, drafts saved automatically, the bảng kê offer, replaced documents (gui-review M2, M4, M6).
    "Không mở được ảnh %1": "Could not open the photo %1",
    "Không mở được ảnh (tệp hỏng hoặc không phải ảnh).": "Could not open the photo (damaged file or not an image).",
    "Kích thước thật": "Actual size", "Đang mở ảnh…": "Opening the photo…",
    "Ghi chú cho “%1”:": "Caption for “%1”:", "Ghi chú tệp đính kèm": "Attachment caption",
    "Không đính kèm được": "Could not attach", "Sửa ghi chú…": "Edit caption…", "Xem / phóng to": "View / enlarge",
    "Xóa tệp": "Remove file", "Xóa tệp đính kèm": "Remove attachment",
    "Xóa “%1” khỏi vụ việc? Tệp sẽ không được gửi về Chi cục.":
        "Remove “%1” from the case? The file will not be sent to headquarters.",
    "Lập Bảng kê (Mẫu 10) kèm theo biên bản này…": "Draw up the goods list (Form 10) attached to these minutes…",
    "Đã lưu lúc %1": "Saved at %1", "Đã lưu tự động lúc %1": "Saved automatically at %1",
    "Danh sách hàng hóa quá dài cho biên bản. Lập ngay Bảng kê (Mẫu 10) kèm theo biên bản này? Số của biên bản "
    "được điền vào Bảng kê khi biên bản được cấp số.":
        "The goods list is too long for the minutes. Draw up the goods list (Form 10) attached to these minutes "
        "now? The minutes' number is filled into it when the minutes are numbered.",
    "Lập Bảng kê": "Goods list",
    "Trước khi lập vụ việc, hãy nhập đơn vị và công chức: mọi biên bản, quyết định đều ghi các thông tin này.":
        "Before creating a case, enter the unit and the officer: every minutes and decision carries them.",
    "Lưu ý: %1": "Note: %1", "thay thế số %1": "replaces no. %1", "Đã bị thay thế (bởi số %1)": "Replaced (by no. %1)",
    "Trước khi lập văn bản, hãy nhập đơn vị và công chức: mọi biên bản, quyết định đều ghi các thông tin này.":
        "Before drawing up a document, enter the unit and the officer: every minutes and decision carries them.",
    "Các ô có dấu * là bắt buộc.": "Fields marked * are required.", "Tình trạng:": "Status:",
    "Lưu bản giải mã của tệp": "Save a decrypted copy of the file", "In mặt sau tờ cuối": "Print the back of the last sheet",
    "hơn %1 việc quá hạn": "more than %1 overdue", "(hiển thị %1 việc quá hạn lâu nhất)": "(showing the %1 most overdue)",
    "Đang cập nhật thời hạn theo lịch mới… %1%": "Updating the deadlines to the new calendar… %1%",
    "Cơ sở dữ liệu bị hỏng": "The database is damaged",
    "Đã in các tờ nhưng chưa in mặt sau (phần đã giao trực tiếp)":
        "The sheets are printed, the backs are not (the part handed over in person)",
}


# The legal names of the forms and their fields live in the domain (inspector_app/domain/kinds.py), in
# Vietnamese; the interface shows them through the contexts below, which ``fill`` adds to the catalogue
# (lupdate cannot see them: they are data, not literals in the UI code).
EN_FORMS = {"Mẫu": "Form"}  # the word in "TT 22 Mẫu 01"
EN_KIND_HEADS = {
    "tt22.m01": "Inspection decision (compliance in production and trade of goods and services)",
    "tt22.m06": "Inspection record",
    "tt22.m10": "List of exhibits, means, goods and papers",
    "nd118.mbb01": "Record of administrative violation",
    "nd118.mbb15": "Record of seizure of exhibits, means, licences and practising certificates",
    "nd118.mbb26": "Record of sealing of seized exhibits and means",
    "nd118.mbb27": "Record of unsealing of seized exhibits and means",
    "nd118.mqd02": "Decision on administrative penalty",
}
EN_FIELDS = {
    "Căn cứ ban hành (kế hoạch/phương án/đề xuất)": "Basis (plan/scheme/proposal)",
    "Địa điểm kiểm tra": "Place of inspection", "Nội dung kiểm tra": "Scope of inspection",
    "Thời hạn kiểm tra (ngày làm việc)": "Duration (working days)", "Chức vụ người ban hành": "Issuer's position",
    "Họ tên người ban hành": "Issuer's name", "Cấp phó ký thay (KT.)": "Signed by a deputy (KT.)",
    "Nơi nhận": "Recipients", "Số quyết định kiểm tra": "Inspection decision number",
    "Ngày quyết định kiểm tra": "Inspection decision date",
    "Người/cơ quan ban hành quyết định kiểm tra": "Issuer of the inspection decision",
    "Kết quả kiểm tra": "Inspection results", "Vi phạm/dấu hiệu vi phạm phát hiện": "Violations or signs found",
    "Biện pháp đã áp dụng/đề xuất": "Measures taken or proposed",
    "Ý kiến của đối tượng kiểm tra": "Opinion of the inspected party",
    "Ý kiến của người chứng kiến, cơ quan phối hợp": "Opinion of witnesses and coordinating agencies",
    "Ý kiến, kiến nghị, đề xuất của Đoàn kiểm tra": "Opinions and proposals of the inspection team",
    "Thời điểm lập xong biên bản": "Record completed at", "Số bản được lập": "Number of copies",
    "Lý do lập biên bản không tại nơi xảy ra vi phạm": "Why the record was not made at the scene",
    "Kèm theo biên bản (số, ký hiệu)": "Attached to record (number, symbol)",
    "Mã văn bản kèm theo": "Id of the attached document", "Căn cứ lập biên bản": "Basis of the record",
    "Thời gian xảy ra vi phạm": "Time of the violation", "Địa điểm xảy ra vi phạm": "Place of the violation",
    "Cá nhân/tổ chức bị thiệt hại": "Injured person or organisation",
    "Ý kiến trình bày của người vi phạm": "Statement of the violator",
    "Ý kiến của đại diện chính quyền, người chứng kiến": "Opinion of the local authority and witnesses",
    "Ý kiến của người bị thiệt hại": "Opinion of the injured party",
    "Biện pháp ngăn chặn đã áp dụng": "Preventive measures taken",
    "Tạm giữ tang vật ngay trong biên bản này": "Exhibits seized in this record",
    "Quyền giải trình": "Right to explain", "Người có thẩm quyền nhận giải trình": "Authority receiving explanations",
    "Quyền giải trình theo từng hành vi (có/không)": "Right to explain, per act (yes/no)",
    "Người đại diện theo ủy quyền": "Authorised representative",
    "Giới tính người đại diện theo ủy quyền": "Sex of the authorised representative",
    "Cha mẹ/người giám hộ (người vi phạm chưa thành niên)": "Parent or guardian (violator under 18)",
    "Dẫn chiếu bảng kê đã có: số": "Existing list cited: number",
    "Dẫn chiếu bảng kê đã có: ngày": "Existing list cited: date",
    "Dẫn chiếu bảng kê đã có: số tờ": "Existing list cited: sheets",
    "Dẫn chiếu bảng kê đã có: kèm theo biên bản (số, ngày)": "Existing list cited: attached to record (number, date)",
    "Văn bản kéo dài thời hạn kiểm tra (số, ngày) nếu quá 03 ngày": "Written extension (number, date) beyond 03 days",
    "Ngày lập biên bản kèm theo": "Date of the attached record",
    "Niêm phong lại/bàn giao tang vật sau khi mở": "Resealing or handover after opening",
    "Thời hạn thực hiện biện pháp khắc phục hậu quả (ngày)": "Time limit for remedial measures (days)",
    "Lý do lập biên bản tại nơi khác nơi xảy ra vi phạm": "Why the record was made away from the scene",
    "Hẹn có mặt để giải quyết (thời điểm)": "Summoned to appear (time)",
    "Hẹn có mặt để giải quyết (địa điểm)": "Summoned to appear (place)",
    "Nhận biên bản, quyết định bằng phương thức điện tử": "Receives records and decisions electronically",
    "Căn cứ tạm giữ (quyết định tạm giữ hoặc khoản 2 Điều 125)": "Basis of seizure (decision or Art. 125(2))",
    "Lý do tạm giữ": "Reason for seizure", "Chủ sở hữu/người quản lý (nếu khác người vi phạm)":
        "Owner or manager (if not the violator)",
    "Việc niêm phong (nếu có)": "Sealing (if any)", "Nơi bảo quản tang vật": "Where the exhibits are kept",
    "Căn cứ (quyết định/biên bản tạm giữ)": "Basis (seizure decision or record)", "Nơi bảo quản": "Kept at",
    "Người chịu trách nhiệm bảo quản": "Keeper", "Cách thức niêm phong": "How it was sealed",
    "Căn cứ mở niêm phong": "Basis of unsealing", "Lý do mở niêm phong": "Reason for unsealing",
    "Đối chiếu tang vật với bảng kê": "Exhibits checked against the list",
    "Chức vụ người ra quyết định": "Decision maker's position", "Họ tên người ra quyết định": "Decision maker's name",
    "Cấp phó được giao quyền ký (KT.)": "Signed by an authorised deputy (KT.)",
    "Số biên bản vi phạm hành chính": "Violation record number",
    "Ngày lập biên bản vi phạm hành chính": "Violation record date",
    "Căn cứ khác (giải trình, xác minh, giao quyền)": "Other basis (explanations, verification, delegation)",
    "Tình tiết tăng nặng": "Aggravating circumstances", "Tình tiết giảm nhẹ": "Mitigating circumstances",
    "Tổng số tiền phạt (đồng)": "Total fine (VND)", "Hình thức xử phạt bổ sung": "Additional penalties",
    "Biện pháp khắc phục hậu quả": "Remedial measures", "Ngày có hiệu lực": "Effective date",
    "Nộp tiền phạt vào tài khoản (Kho bạc/ngân hàng)": "Pay the fine into account (treasury/bank)",
    "Thời hạn nộp phạt (ngày)": "Payment period (days)",
}
EN_CHOICES = {
    "Không được quyền giải trình (không thuộc khoản 1 Điều 61 Luật XLVPHC)":
        "No right to explain (not a case of Art. 61(1) of the Law on Administrative Violations)",
    "Được quyền giải trình; người vi phạm muốn giải trình trực tiếp (in cả thời hạn 02 và 05 ngày)":
        "Right to explain; the violator wants to explain in person (both the 02-day and 05-day terms print)",
    "Được quyền giải trình (in cả thời hạn 02 ngày giải trình trực tiếp và 05 ngày bằng văn bản)":
        "Right to explain (both terms print: 02 days to ask for a hearing, 05 days to explain in writing)",
}


# The core's messages (inspector_app/ui/core_text.py TEMPLATES) in English: %N are the same facts.
EN_CORE = {
    "Chưa nhập: %1": "Missing: %1",
    "%1 không đúng định dạng ngày (YYYY-MM-DD)": "%1 is not a date (YYYY-MM-DD)",
    "%1 không được ở tương lai": "%1 cannot be in the future",
    "%1 không đúng định dạng thời gian (YYYY-MM-DDTHH:MM)": "%1 is not a date and time (YYYY-MM-DDTHH:MM)",
    "%1 phải là văn bản": "%1 must be text",
    "%1 phải là số nguyên": "%1 must be a whole number",
    "%1 phải lớn hơn 0": "%1 must be more than 0",
    "%1 phải là có/không": "%1 must be yes or no",
    "%1 phải là danh sách dòng văn bản": "%1 must be a list of text lines",
    "%1: hãy chọn một trong: %2": "%1: choose one of: %2",
    "Chưa nhập tên đối tượng": "The subject's name is missing",
    "Chưa nhập địa chỉ": "The address is missing",
    "Chưa nhập mã số doanh nghiệp/mã số thuế": "The enterprise/tax code is missing",
    "Chưa nhập người đại diện theo pháp luật": "The legal representative is missing",
    "Chưa nhập sàn/nền tảng bán hàng": "The marketplace/platform is missing",
    "Cần địa chỉ gian hàng hoặc mã tài khoản người bán": "The shop's address or the seller's account id is needed",
    "Địa chỉ gian hàng phải bắt đầu bằng http:// hoặc https://": "The shop's address must start with http:// or https://",
    "Chưa nhập tên hàng hóa": "The name of the goods is missing",
    "Chưa nhập đơn vị tính": "The unit of measure is missing",
    "Số lượng phải lớn hơn 0": "The quantity must be more than 0",
    "Số lượng không được vượt quá %1": "The quantity cannot exceed %1",
    "Đơn giá không được âm": "The unit price cannot be negative",
    "Đơn giá không được vượt quá %1": "The unit price cannot exceed %1",
    "Trị giá không được âm": "The value cannot be negative",
    "Trị giá không được vượt quá %1": "The value cannot exceed %1",
    "Loại văn bản không được hỗ trợ: %1": "Document kind not supported: %1",
    "Chưa nhập địa điểm lập văn bản": "The place where the document is drawn up is missing",
    "Chưa nhập thời điểm lập văn bản": "The time the document is drawn up is missing",
    "Chưa cấu hình mã đơn vị": "The unit code is not set up",
    "Chưa cấu hình tên đơn vị": "The unit name is not set up",
    "Chưa cấu hình tên cơ quan chủ quản": "The parent agency is not set up",
    "Chưa cấu hình địa danh": "The place name is not set up",
    "Chưa nhập đối tượng (cá nhân/tổ chức)": "The subject (individual/organisation) is missing",
    "Chưa nhập họ tên": "The name is missing",
    "Ghi rõ lý do không ký biên bản": "State why they did not sign",
    "Đoàn kiểm tra phải có đúng một Trưởng đoàn": "The inspection team must have exactly one team leader",
    "Đoàn kiểm tra phải có ít nhất 2 công chức": "The inspection team must have at least 2 officers",
    "Trưởng đoàn phải có số thẻ kiểm tra thị trường": "The team leader needs a market inspection card number",
    "Biên bản kiểm tra phải ghi Trưởng đoàn kiểm tra": "The inspection minutes must name the team leader",
    "Chưa có người có thẩm quyền lập biên bản": "No officer competent to draw up the minutes yet",
    "Đối tượng vắng mặt: cần đại diện chính quyền cấp xã hoặc người chứng kiến":
        "The subject is absent: a commune authority representative or a witness is needed",
    "Người vi phạm không ký: cần hai người chứng kiến": "The offender does not sign: two witnesses are needed",
    "Người vi phạm không ký: cần đại diện chính quyền hoặc người chứng kiến":
        "The offender does not sign: an authority representative or a witness is needed",
    "Chưa có hàng hóa, tang vật nào": "No goods or exhibits yet",
    "Phải có ít nhất một hành vi vi phạm và căn cứ pháp lý": "At least one violation with its legal basis is needed",
    "Chưa ghi nghị định": "The decree is missing",
    "Điều, khoản phải là số dương": "Article and clause must be positive numbers",
    "Chưa mô tả hành vi vi phạm": "The violation is not described",
    "Số tiền phạt không được âm": "The fine cannot be negative",
    "Số lợi bất hợp pháp không được âm": "The illegal profit cannot be negative",
    "Chưa có niêm phong nào": "No seals yet",
    "Chưa ghi số hiệu niêm phong": "The seal numbers are missing",
    "Chưa ghi niêm phong những gì": "What is sealed is missing",
    "Ghi tình trạng niêm phong khi mở (còn nguyên/bị hư hỏng)": "State the seal's condition when opened (intact/damaged)",
    "Trường không thuộc mẫu này": "This field is not part of the form",
    "Tổng tiền phạt không bằng tổng mức phạt từng hành vi": "The total fine differs from the sum of the fines per violation",
    "Cần số hiệu công chức để cấp số văn bản": "An officer number is needed to number the document",
    "Người ký (người lập biên bản/Trưởng đoàn) chưa có số hiệu công chức: số văn bản phải mang số hiệu của "
    "người ký": "The signer (drafter/team leader) has no officer number: the document number carries the signer's number",
    "Chưa có biên bản tạm giữ đã hoàn tất, lập trước biên bản niêm phong này":
        "No final seizure minutes drawn up before these sealing minutes",
    "Niêm phong số %1 không có trong biên bản niêm phong đã hoàn tất nào của vụ việc":
        "Seal no. %1 is in no final sealing minutes of the case",
    "Niêm phong số %1 được lập (%2) sau thời điểm mở niêm phong": "Seal no. %1 was made (%2) after the moment of opening",
    "Phát hiện vi phạm lúc %1; hạn lập biên bản %2 (%3); biên bản lập lúc %4":
        "Violation found at %1; the minutes were due %2 (%3); drawn up at %4",
    "Biên bản vi phạm hành chính lập ngày %1; hạn ra quyết định %2 (%3); quyết định ký ngày %4":
        "Violation minutes drawn up on %1; the decision was due %2 (%3); signed on %4",
    "%1 ghi người vi phạm có quyền giải trình; thời hạn giải trình đến hết %2 (%3); quyết định ký ngày %4":
        "%1 gives the violator the right to explain; the time to explain runs to the end of %2 (%3); the "
        "decision is signed on %4",
    "Lập xong lúc %1, trước khi bắt đầu lập (%2)": "Finished at %1, before it was begun (%2)",
    "Niêm phong %1 mở lúc %2, trước khi niêm phong (%3)": "Seal %1 opened at %2, before it was sealed (%3)",
    "Biên bản viện dẫn Biên bản kiểm tra nhưng vụ việc chưa có Biên bản kiểm tra đã hoàn tất":
        "The minutes cite the inspection minutes but the case has no final inspection minutes",
    "Biên bản lập lúc %1, trước khi kết thúc kiểm tra (%2 lập xong lúc %3)":
        "Minutes drawn up at %1, before the inspection ended (%2 finished at %3)",
    "Vụ việc chưa có biên bản vi phạm hành chính đã hoàn tất": "The case has no final violation minutes",
    "Số biên bản “%1” không khớp biên bản vi phạm hành chính đã hoàn tất của vụ việc (%2)":
        "Minutes number “%1” matches no final violation minutes of the case (%2)",
    "Quyết định ký lúc %1, trước khi lập %2 (%3)": "Decision signed at %1, before %2 was drawn up (%3)",
    "Ngày biên bản ghi %1 khác ngày lập %2 (%3)": "The minutes date given, %1, differs from the date of %2 (%3)",
    "Tang vật niêm phong %1 đang bảo quản tại “%2” nhưng biên bản mở niêm phong lập tại “%3”":
        "The exhibits under seal %1 are kept at “%2” but the unsealing minutes are drawn up at “%3”",
    "Văn bản lập xong lúc %1 viện dẫn niêm phong số %2 (%3)": "The document finished at %1 cites seal no. %2 (%3)",
    "chưa ghi thời điểm niêm phong": "sealing time not recorded",
    "%1 giờ %2 ngày %3": "%1:%2 on %3", "lúc %1": "at %1", "ngày %1": "on %1", "%1 đồng": "%1 VND",
    "trong thời hạn 02 ngày làm việc kể từ khi phát hiện vi phạm": "within 2 working days of finding the violation",
    "trong thời hạn 05 ngày làm việc (vụ việc phức tạp, phạm vi rộng) kể từ khi phát hiện vi phạm":
        "within 5 working days (complex or wide-ranging case) of finding the violation",
    "07 ngày làm việc kể từ ngày lập biên bản vi phạm hành chính": "7 working days from the violation minutes",
    "mức phạt %1 nằm ngoài khung từ %2 đến %3 (%4)": "the fine %1 is outside the range %2 to %3 (%4)",
    "Mức phạt %1 nằm ngoài khung từ %2 đến %3 (%4)": "The fine %1 is outside the range %2 to %3 (%4)",
    "mức phạt phải là số nguyên (đồng)": "the fine must be a whole number (VND)",
    "điểm %1 khoản %2 Điều %3 Nghị định số %4": "point %1, clause %2, Article %3 of Decree %4",
    "khoản %1 Điều %2 Nghị định số %3": "clause %1, Article %2 of Decree %3",
    "khoản %1 Điều %2 Nghị định số %3 (gấp %4 lần mức phạt tại %5)":
        "clause %1, Article %2 of Decree %3 (%4 times the fine of %5)",
    "điểm %1 khoản %2 Điều %3": "point %1, clause %2, Article %3", "khoản %1 Điều %2": "clause %1, Article %2",
    "Trị giá tang vật, hàng hóa vi phạm %1 (tổng %2 dòng hàng). %3":
        "Value of the exhibits and goods in violation: %1 (%2 goods rows in all). %3",
    "Trị giá tang vật, hàng hóa vi phạm %1 (tổng %2 dòng hàng; căn cứ xác định giá: %3). %4":
        "Value of the exhibits and goods in violation: %1 (%2 goods rows in all; valued on: %3). %4",
    "%1 thuộc %2 (%3): %4 đối với %5 từ %6 đến %7 (%8).": "%1 falls under %2 (%3): %4 for %5 from %6 to %7 (%8).",
    "%1 thuộc %2 (%3): %4 đối với %5 từ %6 đến %7.": "%1 falls under %2 (%3): %4 for %5 from %6 to %7.",
    "Mức phạt tại %1 (không phụ thuộc trị giá hàng hóa): %2 đối với %3 từ %4 đến %5 (%6).":
        "The fine of %1 (independent of the value of the goods): %2 for %3 from %4 to %5 (%6).",
    "Mức phạt tại %1 (không phụ thuộc trị giá hàng hóa): %2 đối với %3 từ %4 đến %5.":
        "The fine of %1 (independent of the value of the goods): %2 for %3 from %4 to %5.",
    "Trị giá hàng hóa vi phạm %1": "A value of the goods in violation of %1", "Số lợi bất hợp pháp %1": "An illegal profit of %1",
    "phạt tiền": "a fine", "phạt cảnh cáo hoặc phạt tiền": "a warning or a fine", "tổ chức": "an organisation",
    "cá nhân": "an individual",
    "hàng hóa vi phạm có giá trị dưới %1": "goods in violation worth less than %1",
    "hàng hóa vi phạm có giá trị dưới %1 (phạt cảnh cáo hoặc phạt tiền)":
        "goods in violation worth less than %1 (a warning or a fine)",
    "hàng hóa vi phạm có giá trị từ %1 đến dưới %2": "goods in violation worth from %1 to less than %2",
    "hàng hóa vi phạm có giá trị đến %1": "goods in violation worth up to %1",
    "trị giá hàng thật tương đương dưới %1 hoặc thu lợi bất hợp pháp dưới %2":
        "genuine goods of equivalent value below %1 or an illegal profit below %2",
    "trị giá hàng thật tương đương từ %1 đến dưới %2 hoặc thu lợi bất hợp pháp từ %3 đến dưới %4":
        "genuine goods of equivalent value from %1 to less than %2 or an illegal profit from %3 to less than %4",
    "trị giá hàng thật tương đương từ %1 trở lên hoặc thu lợi bất hợp pháp từ %2 trở lên mà không bị truy cứu "
    "trách nhiệm hình sự": "genuine goods of equivalent value of %1 or more or an illegal profit of %2 or more, "
                           "without criminal prosecution",
    "Tổ chức: gấp %1 lần mức đối với cá nhân (%2)": "Organisation: %1 times the amounts for an individual (%2)",
    "Cá nhân: bằng 1/%1 mức đối với tổ chức (%2)": "Individual: 1/%1 of the amounts for an organisation (%2)",
    "×%1 theo khoản %2 Điều %3: %4": "×%1 under clause %2, Article %3: %4",
    "Nghị định số %1, sửa đổi bởi Nghị định số %2 (điều khoản về mức phạt tiền)":
        "Decree %1, amended by Decree %2 (the provisions on fines)",
    "Khoản %1 Điều %2 Nghị định số %3, sửa đổi bởi Nghị định số %4": "Clause %1, Article %2 of Decree %3, amended by Decree %4",
    "Điều 24 Luật Xử lý vi phạm hành chính": "Article 24 of the Law on Handling Administrative Violations",
    "Có thể phạt cảnh cáo.": "A warning is possible.",
    "trị giá hàng hóa dưới %1": "goods worth less than %1",
    "trị giá hàng hóa từ %1 đến dưới %2": "goods worth from %1 to less than %2",
    "trị giá hàng hóa từ %1 trở lên": "goods worth %1 or more",
    "Khung tiền phạt cho trị giá %1 tại %2 chưa có trong danh mục (chưa kiểm chứng); tra văn bản hợp nhất và "
    "nhập mức phạt thủ công.": "The fine range for a value of %1 under %2 is not in the catalogue (not verified); "
                               "look it up in the consolidated text and enter the fine by hand.",
    "%1 phạt theo số lượng; khung theo số lượng chưa có trong danh mục — tra văn bản hợp nhất và nhập mức phạt "
    "thủ công.": "%1 fines by quantity; the ranges by quantity are not in the catalogue — look them up in the "
                 "consolidated text and enter the fine by hand.",
    "%1 phạt theo trị giá hàng hóa: cần nhập trị giá.": "%1 fines by the value of the goods: enter the value.",
    "Khoản %1 Điều %2 Nghị định số %3": "Clause %1, Article %2 of Decree %3",
    "Điểm %1 khoản %2 Điều %3 Nghị định số %4": "Point %1, clause %2, Article %3 of Decree %4",
    "Hàng hóa, dòng %1": "Goods, row %1", "Hành vi vi phạm %1": "Violation %1", "Niêm phong %1": "Seal %1",
    "Người tham gia %1": "Participant %1", "Tệp đính kèm %1": "Attachment %1", "Số văn bản": "Document number",
    "Địa điểm lập": "Place drawn up", "Thời điểm lập": "Time drawn up", "Đối tượng": "Subject", "Hàng hóa": "Goods",
    "Hành vi vi phạm": "Violations", "Niêm phong": "Seals", "Người tham gia": "Participants",
    "Phiên bản mẫu": "Form version",
    "Bắt đầu kiểm tra theo quyết định kiểm tra": "Start the inspection under the inspection decision",
    "Kết thúc kiểm tra tại địa điểm kiểm tra": "End the inspection at the inspected place",
    "Báo cáo, đề xuất của Trưởng đoàn gửi người ban hành quyết định kiểm tra":
        "Team leader's report and proposals to the issuer of the inspection decision",
    "Lập biên bản vi phạm hành chính (MBB01)": "Draw up the violation minutes (MBB01)",
    "Quyền giải trình của người vi phạm": "The offender's right to explain",
    "Ra quyết định xử phạt vi phạm hành chính (MQĐ02)": "Issue the penalty decision (MQĐ02)",
    "Hết thời hạn tạm giữ tang vật, phương tiện, giấy phép, chứng chỉ hành nghề":
        "End of the seizure of exhibits, means, licences and practising certificates",
    "Giao quyết định xử phạt cho người vi phạm": "Deliver the penalty decision to the offender",
    "Chấp hành quyết định xử phạt, nộp tiền phạt": "Comply with the penalty decision, pay the fine",
    "Số hóa văn bản giấy vào hệ thống INS": "Scan the paper document into the INS system",
    "Thông báo bằng văn bản cho đối tượng khi không phát hiện vi phạm":
        "Notify the subject in writing when no violation was found",
    "Công bố quyết định kiểm tra (bắt đầu kiểm tra)": "Inspection decision announced (inspection starts)",
    "Phát hiện vi phạm hành chính": "Administrative violation found", "Tạm giữ tang vật": "Exhibits seized",
    "Biên bản kiểm tra": "Inspection minutes", "Biên bản kiểm tra %1": "Inspection minutes %1",
    "Biên bản vi phạm hành chính": "Violation minutes", "Biên bản vi phạm hành chính %1": "Violation minutes %1",
    "Quyết định xử phạt": "Penalty decision", "Quyết định xử phạt %1": "Penalty decision %1",
    "Mã số thuế phải gồm 10 chữ số, hoặc 13 chữ số (10 số và 3 số chi nhánh)":
        "A tax code has 10 digits, or 13 (10 and a 3-digit branch number)",
    "Mã số thuế sai chữ số kiểm tra": "Wrong check digit in the tax code",
    "Mã chi nhánh (3 số cuối) phải từ 001 đến 999": "The branch number (last 3 digits) must be 001 to 999",
    "Số CCCD/định danh cá nhân phải gồm đúng 12 chữ số": "A citizen ID (CCCD) number has exactly 12 digits",
    "Mã tỉnh %1 trong số CCCD không tồn tại": "Province code %1 in the CCCD number does not exist",
    "Số CCCD không khớp với năm sinh": "The CCCD number does not match the year of birth",
    "Số CCCD không khớp với giới tính": "The CCCD number does not match the sex",
    "Mã vạch chỉ gồm chữ số": "A barcode has digits only",
    "Mã vạch phải có 8, 12, 13 hoặc 14 chữ số (EAN-8, UPC-A, EAN-13, GTIN-14)":
        "A barcode has 8, 12, 13 or 14 digits (EAN-8, UPC-A, EAN-13, GTIN-14)",
    "Mã vạch %1 sai chữ số kiểm tra": "Wrong check digit in the %1 barcode",
    "%1 phải là số nguyên đồng (ví dụ 25000000 hoặc 25.000.000), không phải “%2”.":
        "%1 must be a whole number of VND (e.g. 25000000 or 25.000.000), not “%2”.",
    "%1 phải là một số (ví dụ 2,5 hoặc 1.250), không phải “%2”.": "%1 must be a number (e.g. 2,5 or 1.250), not “%2”.",
    "Số lượng": "The quantity", "Đơn giá": "The unit price", "Số tiền": "The amount", "Trị giá": "The value",
    "Mức phạt": "The fine", "%1 trị giá “%2” không được âm": "%1: the value “%2” cannot be negative",
    "Chưa thể hoàn tất văn bản:": "Cannot finalise the document yet:", "Dữ liệu chưa hợp lệ:": "Invalid data:",
    "Ghi rõ lý do bỏ qua cảnh báo (ít nhất %1 ký tự): căn cứ, văn bản đã đối chiếu":
        "Give the reason for confirming past the warning (at least %1 characters): the basis, the text checked",
    "Bản nháp có thể sửa trực tiếp, không cần lập văn bản thay thế":
        "A draft can be edited directly; no replacement document is needed",
    "Không còn cảnh báo này trên văn bản (dữ liệu đã thay đổi); hãy xem lại danh sách vấn đề.":
        "This warning is no longer on the document (the data changed); look at the problem list again.",
    "Ký hiệu phải là %1": "The symbol must be %1",
    "Quyết định của đơn vị cần số do người dùng nhập hoặc do HQ cấp":
        "A unit decision needs a number typed by the user or issued by HQ",
    "Đã chọn ghi số bằng tay: không nhập số": "Numbering by hand was chosen: type no number",
    "Hành vi %1 (%2): mức %3 ngoài khung %4 – %5 đối với %6 tại %7":
        "Act %1 (%2): the fine %3 is outside the range %4 – %5 for %6 under %7",
    "Ngày sinh": "The date of birth", "Ngày cấp": "The date of issue",
    "%1 phải lớn hơn %2 (đã nhập “%3”).": "%1 must be more than %2 (typed “%3”).",
    "%1 không được âm: %2": "%1 cannot be negative: %2",
    "%1 “%2” không rõ nghĩa: viết %3 (không dấu chấm) hoặc %4": "%1 “%2” is ambiguous: write %3 (no dot) or %4",
    "Ký văn bản %1": "Document %1 signed", "TT 22 Mẫu %1": "TT 22 Form %1", "%1 — %2": "%1 — %2",
}

# The legal rule set's rules (resources/reference/legal_rules.json) in English: title, what to do, legal basis.
EN_RULES = {
    "fine.range": ("The fine is outside the range of the cited point and clause",
                   "Bring the fine within the range (computed for an individual/organisation), or correct the cited "
                   "point and clause to fit the act and the value of the goods.",
                   "Article 23(4) of the Law on Handling Administrative Violations; Article 4(4) of Decree "
                   "98/2020/NĐ-CP (organisations twice, except the listed articles)"),
    "fine.aggravated": ("The fine is doubled but no ground for doubling is recorded for the act",
                        "If there is a ground (e.g. counterfeit food or medicine; cosmetics; the offender smuggled "
                        "the goods in directly), choose it for the act in the case's Violations; otherwise bring the "
                        "fine back into the normal range.",
                        "Clause 2 of Articles 9, 10, 11, 15 of Decree 98/2020/NĐ-CP (twice the fines of clause 1)"),
    "fine.ground": ("The chosen ground for doubling is not in the cited article and clause",
                    "Remove the ground for doubling that is not in the act's article and clause, or correct the "
                    "cited article and clause.",
                    "Clause 2 of Articles 9, 10, 11, 15 of Decree 98/2020/NĐ-CP"),
    "fine.point": ("The cited point does not match the value of the goods",
                   "Cite the point for the value of the exhibits (or the illegal profit), or check the value of the "
                   "goods rows.",
                   "Article 5 of Decree 98/2020/NĐ-CP; Article 60 of the Law on Handling Administrative Violations"),
    "fine.value_missing": ("The value of the goods in violation is not known",
                           "Enter the value or the unit price of every goods row of the act (the fine range depends "
                           "on the value).",
                           "Article 60 of the Law on Handling Administrative Violations"),
    "fine.unconfirmed": ("The fine range in the catalogue is not verified",
                         "Check the fine range against the official text (Official Gazette, consolidated text), then "
                         "confirm, naming the text checked.",
                         "The app's violation catalogue (resources/reference/violation_catalog.json)"),
    "fine.uncatalogued": ("The fine range is not in the catalogue",
                          "Look the fine range up in the official text, confirm the fine and name the article "
                          "checked.",
                          "The app's violation catalogue (resources/reference/violation_catalog.json)"),
    "fine.cap": ("The fine exceeds the maximum fine of the field",
                 "Bring the fine within the maximum (individuals; organisations twice).",
                 "Article 24 of the Law on Handling Administrative Violations; Article 4(1) of Decree "
                 "98/2020/NĐ-CP"),
    "authority.fine": ("The fine exceeds the signer's authority",
                       "Do not issue the decision; send the file to the competent person named in the notice.",
                       "Article 12 of Decree 189/2025/NĐ-CP (powers of Market Surveillance); Article 52 of the Law on "
                       "Handling Administrative Violations (authority by the maximum of each act's fine range; "
                       "organisations twice)"),
    "authority.confiscation": ("The confiscation exceeds the signer's authority",
                               "Do not issue the decision; send the file to the competent person named in the notice.",
                               "Article 12 of Decree 189/2025/NĐ-CP (confiscating exhibits and means worth at most "
                               "twice the title's fine limit)"),
    "authority.licence": ("The signer's title has no power to withdraw a licence or practising certificate or to "
                          "suspend an activity",
                          "Do not issue a decision with this penalty; send the file to the competent person named in "
                          "the notice.",
                          "Article 12 of Decree 189/2025/NĐ-CP (clause 2: a team leader has no power to withdraw "
                          "licences or certificates or suspend activities; clause 3: the head of the sub-department "
                          "has)"),
    "authority.title": ("The signer's title is not in the table of sanctioning powers",
                        "Give the competent person's exact title (e.g. Team leader of the Market Surveillance Team); "
                        "a deputy signing marks “KT.” and gives the head's title.",
                        "Article 12 of Decree 189/2025/NĐ-CP; Article 54 of the Law on Handling Administrative "
                        "Violations (delegation)"),
    "authority.unconfirmed": ("The powers of the signer's title are not verified in the text",
                              "Check this title's fining and confiscation powers against Decree 189/2025/NĐ-CP, then "
                              "confirm, naming the article checked; if beyond them, send the file to the competent "
                              "person.",
                              "Decree 189/2025/NĐ-CP; Article 52 of the Law on Handling Administrative Violations"),
    "criminal.threshold": ("Signs of a crime: the threshold for criminal prosecution is reached",
                           "Do not issue a penalty decision; send the case file with signs of a crime to the criminal "
                           "procedure authorities. Confirm past this only when the competent authority has decided "
                           "in writing not to prosecute or returned the file (give its number and date as the "
                           "reason).",
                           "Article 62 of the Law on Handling Administrative Violations; Article 20(1)(c) of Circular "
                           "27/2020/TT-BCT; Articles 188 and 190–195 of the Criminal Code"),
    "order.bbkt_first": ("The inspection minutes must be final before the violation minutes",
                         "Finalise the case's inspection minutes first; the violation minutes follow the end of the "
                         "inspection.",
                         "Article 18(1) of Circular 27/2020/TT-BCT (the inspection minutes are drawn up as soon as the "
                         "inspection ends)"),
    "order.mbb01_first": ("A penalty decision must rest on violation minutes already drawn up",
                          "Finalise the violation minutes first; give their number and date in the decision.",
                          "Articles 58 and 66 of the Law on Handling Administrative Violations"),
    "order.seizure_first": ("Sealing and unsealing minutes must follow the seizure or sealing minutes they rest on",
                            "Finalise the seizure (or sealing) minutes first, and record the times in that order.",
                            "Article 125 of the Law on Handling Administrative Violations; Decree 118/2021/NĐ-CP"),
    "order.seal_exists": ("The cited seal number did not exist at that moment",
                          "Cite only seal numbers made in earlier sealing minutes; correct the time or the seal "
                          "number.",
                          "Decree 118/2021/NĐ-CP (Forms MBB26, MBB27)"),
    "order.seized_goods": ("The seized exhibits in the violation minutes differ from the seizure minutes",
                           "Make the seized goods lists match; if more was seized or part returned by other minutes, "
                           "confirm and give those minutes' number as the reason.",
                           "Article 125 of the Law on Handling Administrative Violations (the seizure minutes give "
                           "the name, quantity, kind and condition of the exhibits); Decree 118/2021/NĐ-CP (Forms "
                           "MBB01, MBB15)"),
    "order.end_before_start": ("The end is before the start",
                               "Correct the start and end times to what happened.",
                               "Decree 118/2021/NĐ-CP; Circular 22/2021/TT-BCT (times recorded on minutes)"),
    "order.open_place": ("The seal is opened away from where the exhibits are kept",
                         "Give the place where the exhibits are kept as the place of the minutes; if they were moved "
                         "by decision of the competent person, confirm and give the reason.",
                         "Decree 118/2021/NĐ-CP (Form MBB27)"),
    "time.mbb01": ("The violation minutes are later than 2 working days after the violation was found",
                   "If the case is complex or wide-ranging (5 working days), confirm and give the reason; otherwise "
                   "state the reason for the delay as the confirmation's reason.",
                   "Article 12(2) of Decree 118/2021/NĐ-CP"),
    "time.explanation": ("The penalty decision is signed before the violator's time to explain has ended",
                         "Wait until the time to explain has ended (5 working days from the minutes) before signing; "
                         "if the violator already sent a written explanation or explained in person (or declined "
                         "in writing), confirm and give that document and its date as the reason.",
                         "Article 61 of the Law on Handling Administrative Violations (amended in 2020); Form MBB01 "
                         "of Decree 118/2021/NĐ-CP (right and time to explain)"),
    "time.decision": ("The penalty decision is later than 7 working days after the minutes",
                      "If the case had an explanation or verification (1 month) or is especially complex (2 months), "
                      "confirm and give the reason; past every time limit, no penalty decision may be issued.",
                      "Article 66 of the Law on Handling Administrative Violations (amended in 2020)"),
}


def rule_messages() -> dict[str, str]:
    """Each rule's part of a breach's message (``rule_tail``), Vietnamese → English."""
    import json

    from inspector_app.domain.rules.legal import parse_legal_rules, rule_tail

    data = json.loads((ROOT / "resources" / "reference" / "legal_rules.json").read_text(encoding="utf-8"))
    legal = parse_legal_rules(data)
    out = {}
    for rule_id in data["rules"]:
        rule = legal.rule(rule_id)
        title, action, basis = EN_RULES[rule_id]
        sure = "" if rule.confidence in ("V", "V2") else f"; data confidence {rule.confidence}: not verified"
        out[rule_tail(rule)] = f"{title}. {action} (Legal basis: {basis}{sure}.)"
    return out


def core_messages() -> dict[str, str]:
    """The core's message templates (ui/core_text.py), Vietnamese → English; every template needs one."""
    from inspector_app.ui.core_text import TEMPLATES

    missing = [t for t in TEMPLATES if t not in EN_CORE]
    assert not missing, f"no English for core messages: {missing}"
    return {t: EN_CORE[t] for t in TEMPLATES}


def domain_messages() -> dict[str, dict[str, str]]:
    """(context → Vietnamese source → English) for the form names, field labels and choices of the domain."""
    import sys

    sys.path.insert(0, str(ROOT))
    from inspector_app.domain.kinds import KINDS
    from inspector_app.ui.document_actions import kind_head

    kinds: dict[str, str] = dict(EN_FORMS)
    for kind_id in KINDS:
        kinds[kind_head(kind_id)] = EN_KIND_HEADS[kind_id]
    fields = {spec.label: EN_FIELDS[spec.label] for k in KINDS.values() for spec in k.fields}
    choices = {label: EN_CHOICES[label] for k in KINDS.values() for spec in k.fields for _c, label in spec.choices}
    return {"KindLabel": kinds, "FieldLabel": fields, "FieldChoice": choices, "CoreMessage": core_messages(),
            "LegalRule": rule_messages()}


def add_domain_messages(tree: ET.ElementTree) -> int:
    """Put the domain's contexts into the catalogue (replacing an older copy of them)."""
    root = tree.getroot()
    extra = domain_messages()
    for ctx in list(root.iter("context")):
        if ctx.findtext("name") in extra:
            root.remove(ctx)
    count = 0
    for name, messages in extra.items():
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = name
        for source, translation in messages.items():
            msg = ET.SubElement(ctx, "message")
            ET.SubElement(msg, "source").text = source
            ET.SubElement(msg, "translation").text = translation
            count += 1
    return count


def fill(ts_path: Path) -> tuple[int, int]:
    """Write the translations into the .ts file; returns (translated, total)."""
    tree = ET.parse(ts_path)
    done = total = add_domain_messages(tree)
    domain = set(domain_messages())
    messages = [m for ctx in tree.getroot().iter("context") if ctx.findtext("name") not in domain
                for m in ctx.iter("message")]
    for msg in messages:
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
    d, t = fill(ROOT / "resources" / "i18n" / "inspector_en.ts")
    print(f"translated {d} of {t} messages")
