"""Vietnamese translation of the Qt strings the app shows (Qt ships no qtbase_vi).

Source: the English source texts and contexts of Qt 6's own catalogue (the same messages as the shipped
``qtbase_de.qm``), for the widgets the app uses: standard buttons, message boxes, the file dialog, the print,
print-preview and page-setup dialogs, the context menus of text fields, scroll bars and spin boxes.
Rebuild the catalogue after a change:
    python resources/i18n/qt_vi_translations.py      # writes qtbase_vi.ts and compiles qtbase_vi.qm
``ui.i18n.install_translator`` loads qtbase_vi.qm when the interface is Vietnamese.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

_ENVELOPE = "Phong bì"

VI: dict[str, dict[str, str]] = {
    # Standard buttons of QDialogButtonBox and QMessageBox (generic Unix theme, then GNOME's own texts).
    "QPlatformTheme": {
        "OK": "Đồng ý", "Save": "Lưu", "Save All": "Lưu tất cả", "Open": "Mở", "&Yes": "&Có",
        "Yes to &All": "Có với tất &cả", "&No": "&Không", "N&o to All": "Không với tất cả",
        "Abort": "Hủy bỏ", "Retry": "Thử lại", "Ignore": "Bỏ qua", "Close": "Đóng", "Cancel": "Hủy",
        "Discard": "Bỏ đi", "Help": "Trợ giúp", "Apply": "Áp dụng", "Reset": "Đặt lại",
        "Restore Defaults": "Khôi phục mặc định",
    },
    "QGnomeTheme": {
        "&OK": "Đồng ý", "&Save": "&Lưu", "&Cancel": "&Hủy", "&Close": "Đó&ng",
        "Close without Saving": "Đóng không lưu",
    },
    "QDialogButtonBox": {"OK": "Đồng ý"},
    "QMessageBox": {
        "Show Details...": "Xem chi tiết…", "Hide Details...": "Ẩn chi tiết…", "About Qt": "Về Qt",
        "<h3>About Qt</h3><p>This program uses Qt version %1.</p>":
            "<h3>Về Qt</h3><p>Chương trình này dùng Qt phiên bản %1.</p>",
    },
    "QErrorMessage": {
        "&OK": "Đồng ý", "&Show this message again": "&Hiện lại thông báo này", "An error occurred": "Đã xảy ra lỗi",
        "Critical Error:": "Lỗi nghiêm trọng:", "Debug Message:": "Thông báo gỡ lỗi:", "Fatal Error:": "Lỗi không thể tiếp tục:",
        "Information:": "Thông tin:", "Warning:": "Cảnh báo:",
    },
    "QInputDialog": {"Enter a value:": "Nhập giá trị:"},
    "QProgressDialog": {"Cancel": "Hủy"},
    "QProgressBar": {"%p%": "%p%"},
    "QGuiApplication": {"QT_LAYOUT_DIRECTION": "LTR"},  # the layout direction of the language, not text
    # Context menus of text fields.
    "QLineEdit": {
        "&Undo": "&Hoàn tác", "&Redo": "&Làm lại", "Cu&t": "&Cắt", "&Copy": "Sao c&hép", "&Paste": "&Dán",
        "Delete": "Xóa", "Select All": "Chọn tất cả",
    },
    "QWidgetTextControl": {
        "&Undo": "&Hoàn tác", "&Redo": "&Làm lại", "Cu&t": "&Cắt", "&Copy": "Sao c&hép", "&Paste": "&Dán",
        "Delete": "Xóa", "Select All": "Chọn tất cả", "Copy &Link Location": "Sao chép địa chỉ &liên kết",
    },
    "QAbstractSpinBox": {"&Select All": "&Chọn tất cả", "&Step up": "&Tăng", "Step &down": "&Giảm"},
    "QUnicodeControlCharacterMenu": {
        "Insert Unicode control character": "Chèn ký tự điều khiển Unicode",
        "LRM Left-to-right mark": "LRM Dấu trái sang phải", "RLM Right-to-left mark": "RLM Dấu phải sang trái",
        "ZWJ Zero width joiner": "ZWJ Ký tự nối độ rộng 0", "ZWNJ Zero width non-joiner": "ZWNJ Ký tự tách độ rộng 0",
        "ZWSP Zero width space": "ZWSP Khoảng trắng độ rộng 0",
        "LRE Start of left-to-right embedding": "LRE Bắt đầu nhúng trái sang phải",
        "RLE Start of right-to-left embedding": "RLE Bắt đầu nhúng phải sang trái",
        "LRO Start of left-to-right override": "LRO Bắt đầu ép trái sang phải",
        "RLO Start of right-to-left override": "RLO Bắt đầu ép phải sang trái",
        "PDF Pop directional formatting": "PDF Kết thúc định dạng hướng",
        "LRI Left-to-right isolate": "LRI Cô lập trái sang phải", "RLI Right-to-left isolate": "RLI Cô lập phải sang trái",
        "FSI First strong isolate": "FSI Cô lập theo ký tự mạnh đầu tiên",
        "PDI Pop directional isolate": "PDI Kết thúc cô lập hướng",
    },
    "QScrollBar": {
        "Scroll here": "Cuộn tới đây", "Left edge": "Mép trái", "Top": "Đầu", "Right edge": "Mép phải",
        "Bottom": "Cuối", "Page left": "Sang trái một trang", "Page up": "Lên một trang",
        "Page right": "Sang phải một trang", "Page down": "Xuống một trang", "Scroll left": "Cuộn sang trái",
        "Scroll up": "Cuộn lên", "Scroll right": "Cuộn sang phải", "Scroll down": "Cuộn xuống",
    },
    "QTabBar": {"Scroll Left": "Cuộn sang trái", "Scroll Right": "Cuộn sang phải"},
    "QDockWidget": {
        "Float": "Tách rời", "Undocks and re-attaches the dock widget": "Tách rời hoặc gắn lại khung",
        "Close": "Đóng", "Closes the dock widget": "Đóng khung",
    },
    "QComboBox": {"Open the combo box selection popup": "Mở danh sách lựa chọn", "False": "Sai", "True": "Đúng"},
    "QDialog": {"What's This?": "Đây là gì?"},
    "QWhatsThisAction": {"What's This?": "Đây là gì?"},
    "QShortcut": {  # key names in menus: the keys are labelled so on Vietnamese keyboards too
        "+": "+", "Ctrl": "Ctrl", "Shift": "Shift", "Alt": "Alt", "Meta": "Meta", "Del": "Del", "Esc": "Esc",
        "F%1": "F%1", "Return": "Enter", "Enter": "Enter", "Tab": "Tab", "Backspace": "Backspace",
        "Ins": "Ins", "Home": "Home", "End": "End", "PgUp": "PgUp", "PgDown": "PgDown", "Space": "Phím cách",
        "Left": "Trái", "Right": "Phải", "Up": "Lên", "Down": "Xuống", "Print": "PrtSc",
    },
    # The file dialog.
    "QFileDialog": {
        "%1\nDirectory not found.\nPlease verify the correct directory name was given.":
            "%1\nKhông tìm thấy thư mục.\nHãy kiểm tra lại tên thư mục.",
        "%1\nFile not found.\nPlease verify the correct file name was given.":
            "%1\nKhông tìm thấy tệp.\nHãy kiểm tra lại tên tệp.",
        "%1 already exists.\nDo you want to replace it?": "Tệp %1 đã có.\nGhi đè lên tệp đó?",
        "&Choose": "&Chọn", "&Delete": "&Xóa", "&Look in:": "&Tìm trong:", "&New Folder": "Thư mục &mới",
        "&Open": "&Mở", "&Rename": "Đổi &tên", "&Save": "&Lưu",
        "'%1' is write protected.\nDo you want to delete it anyway?": "'%1' đang được bảo vệ chống ghi.\nVẫn xóa?",
        "All Files (*)": "Tất cả tệp (*)", "All files (*)": "Tất cả tệp (*)",
        "Alt+Left": "Alt+Left", "Alt+Right": "Alt+Right", "Alt+Up": "Alt+Up",  # key sequences, not text
        "Are you sure you want to delete '%1'?": "Xóa '%1'?", "Back": "Lùi lại",
        "Change to detail view mode": "Xem dạng chi tiết", "Change to list view mode": "Xem dạng danh sách",
        "Could not delete directory.": "Không xóa được thư mục.", "Create New Folder": "Tạo thư mục mới",
        "Create a New Folder": "Tạo thư mục mới", "Delete": "Xóa", "Detail View": "Chi tiết",
        "Directories": "Thư mục", "Directory:": "Thư mục:", "File &name:": "&Tên tệp:", "Files": "Tệp",
        "Files of &type:": "&Loại tệp:", "Find Directory": "Tìm thư mục", "Forward": "Tiến tới",
        "Go back": "Lùi lại", "Go forward": "Tiến tới", "Go to the parent directory": "Lên thư mục cha",
        "List View": "Danh sách", "List of places and bookmarks": "Danh sách vị trí và dấu trang",
        "New Folder": "Thư mục mới", "Open": "Mở", "Parent Directory": "Thư mục cha",
        "Recent Places": "Vị trí gần đây", "Remove": "Bỏ", "Save As": "Lưu thành", "Show ": "Hiện ",
        "Show &hidden files": "Hiện tệp ẩ&n", "Sidebar": "Thanh bên",
    },
    "QFileSystemModel": {
        "Computer": "Máy tính", "Date Modified": "Ngày sửa", "Kind": "Loại", "My Computer": "Máy tính",
        "Name": "Tên", "Size": "Kích thước", "Type": "Loại",
        "%1 TB": "%1 TB", "%1 GB": "%1 GB", "%1 MB": "%1 MB", "%1 KB": "%1 KB", "%1 bytes": "%1 byte",
    },
    "QAbstractFileIconProvider": {
        "Alias": "Bí danh", "Drive": "Ổ đĩa", "File": "Tệp", "File Folder": "Thư mục", "Folder": "Thư mục",
        "Shortcut": "Lối tắt", "Unknown": "Không rõ",
    },
    # Printing.
    "QPrintDialog": {
        "%1 already exists.\nDo you want to overwrite it?": "Tệp %1 đã có.\nGhi đè lên tệp đó?",
        "%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define "
        "ranges and make sure ranges do not intersect with each other.":
            "%1 viết chưa đúng. Dùng ',' để ngăn cách các trang và khoảng trang, '-' để ghi một khoảng, và các "
            "khoảng không được chồng lên nhau.",
        "%1 is a directory.\nPlease choose a different file name.": "%1 là một thư mục.\nHãy chọn tên tệp khác.",
        "&Options <<": "&Tùy chọn <<", "&Options >>": "&Tùy chọn >>", "&Print": "&In",
        "1 (1x1)": "1 (1x1)", "2 (2x1)": "2 (2x1)", "4 (2x2)": "4 (2x2)", "6 (2x3)": "6 (2x3)", "9 (3x3)": "9 (3x3)",
        "16 (4x4)": "16 (4x4)", "All Pages": "Mọi trang",
        "Bottom to Top, Left to Right": "Dưới lên trên, trái sang phải",
        "Bottom to Top, Right to Left": "Dưới lên trên, phải sang trái",
        "Duplex Settings Conflicts": "Thiết lập in hai mặt mâu thuẫn", "Even Pages": "Trang chẵn",
        "File %1 is not writable.\nPlease choose a different file name.":
            "Không ghi được tệp %1.\nHãy chọn tên tệp khác.",
        "Invalid Pages Definition": "Khoảng trang không hợp lệ",
        "Left to Right, Bottom to Top": "Trái sang phải, dưới lên trên",
        "Left to Right, Top to Bottom": "Trái sang phải, trên xuống dưới", "Local file": "Tệp trên máy",
        "Odd Pages": "Trang lẻ",
        "Options 'Pages Per Sheet' and 'Page Set' cannot be used together.\nPlease turn one of those options off.":
            "Không dùng được cùng lúc 'Số trang mỗi tờ' và 'Nhóm trang'.\nHãy tắt một trong hai.",
        "Print": "In", "Print To File ...": "In ra tệp…", "Print to File (PDF)": "In ra tệp (PDF)",
        "Right to Left, Bottom to Top": "Phải sang trái, dưới lên trên",
        "Right to Left, Top to Bottom": "Phải sang trái, trên xuống dưới",
        "The 'From' value cannot be greater than the 'To' value.": "Trang 'Từ' không được lớn hơn trang 'Đến'.",
        "There are conflicts in duplex settings. Do you want to fix them?":
            "Thiết lập in hai mặt mâu thuẫn. Sửa lại?",
        "Top to Bottom, Left to Right": "Trên xuống dưới, trái sang phải",
        "Top to Bottom, Right to Left": "Trên xuống dưới, phải sang trái", "Write PDF file": "Ghi tệp PDF",
    },
    "QPrintSettingsOutput": {
        "Collate": "Xếp theo bộ", "Color": "Màu", "Color Mode": "Chế độ màu", "Copies": "Số bản",
        "Copies:": "Số bản:", "Current Page": "Trang hiện tại", "Double Sided Printing": "In hai mặt",
        "Form": "Mẫu", "Grayscale": "Thang xám", "Long side binding": "Đóng gáy cạnh dài", "Off": "Tắt",
        "Options": "Tùy chọn", "Output Settings": "Thiết lập đầu ra", "Page &Set:": "&Nhóm trang:",
        "Pages": "Trang", "Pages from": "Trang từ", "Print all": "In tất cả", "Print range": "Phạm vi in",
        "Reverse": "Đảo ngược", "Selection": "Phần đã chọn", "Short side binding": "Đóng gáy cạnh ngắn",
        "Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. "
        "E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.":
            "Ghi các trang hoặc khoảng trang, ngăn cách bằng dấu phẩy; một khoảng là hai số nối bằng dấu gạch "
            "ngang. Ví dụ: 3,5-7,9 in các trang 3, 5, 6, 7 và 9.",
        "to": "đến",
    },
    "QPrintWidget": {
        "&Name:": "&Tên:", "...": "…", "Form": "Mẫu", "Location:": "Vị trí:", "Output &file:": "Tệp &ra:",
        "P&roperties": "Th&uộc tính", "Preview": "Xem trước", "Printer": "Máy in", "Type:": "Loại:",
    },
    "QPrintPreviewDialog": {
        "%1%": "%1%", "Export to PDF": "Xuất ra PDF", "First page": "Trang đầu", "Fit page": "Vừa trang",
        "Fit width": "Vừa chiều rộng", "Landscape": "Khổ ngang", "Last page": "Trang cuối",
        "Next page": "Trang sau", "Page Setup": "Thiết lập trang", "Page setup": "Thiết lập trang",
        "Portrait": "Khổ dọc", "Previous page": "Trang trước", "Print": "In", "Print Preview": "Xem trước khi in",
        "Show facing pages": "Hiện hai trang đối diện", "Show overview of all pages": "Hiện tổng quan mọi trang",
        "Show single page": "Hiện từng trang", "Zoom in": "Phóng to", "Zoom out": "Thu nhỏ",
    },
    "QPageSetupWidget": {
        "CC": "CC", "Cicero (CC)": "Cicero (CC)", "Custom": "Tùy chỉnh", "DD": "DD", "Didot (DD)": "Didot (DD)",
        "Form": "Mẫu", "Height:": "Chiều cao:", "Inches (in)": "Inch (in)", "Landscape": "Khổ ngang",
        "Margins": "Lề", "Millimeters (mm)": "Milimét (mm)", "Orientation": "Hướng giấy",
        "Page &order:": "&Thứ tự trang:", "Page Layout": "Bố cục trang", "Page size:": "Khổ giấy:",
        "Pages &per sheet:": "Số trang &mỗi tờ:", "Paper": "Giấy", "Paper source:": "Nguồn giấy:",
        "Pica (P̸)": "Pica (P̸)", "Points (pt)": "Điểm (pt)", "Portrait": "Khổ dọc", "P̸": "P̸",
        "Reverse landscape": "Khổ ngang đảo", "Reverse portrait": "Khổ dọc đảo", "Width:": "Chiều rộng:",
        "bottom margin": "lề dưới", "in": "in", "left margin": "lề trái", "mm": "mm", "pt": "pt",
        "right margin": "lề phải", "top margin": "lề trên",
    },
    "QPrintPropertiesDialog": {
        "Advanced Option Conflicts": "Tùy chọn nâng cao mâu thuẫn", "Job Options": "Tùy chọn lệnh in",
        "Page Setup Conflicts": "Thiết lập trang mâu thuẫn", "Printer Properties": "Thuộc tính máy in",
        "There are conflicts in page setup options. Do you want to fix them?":
            "Thiết lập trang có mâu thuẫn. Sửa lại?",
        "There are conflicts in some advanced options. Do you want to fix them?":
            "Một số tùy chọn nâng cao mâu thuẫn. Sửa lại?",
    },
    "QPrintPropertiesWidget": {
        "Advanced": "Nâng cao", "Form": "Mẫu", "Page": "Trang",
        "There are conflicts in some options. Please fix them.": "Một số tùy chọn mâu thuẫn. Hãy sửa lại.",
    },
    "QCupsJobWidget": {
        "&Billing information:": "Thông tin &tính phí:", "&End:": "&Cuối:", "&Start:": "&Đầu:",
        "Banner Pages": "Trang bìa lệnh in", "Classified": "Mật", "Confidential": "Lưu hành nội bộ",
        "Day (06:00 to 17:59)": "Ban ngày (06:00 đến 17:59)", "Hold Indefinitely": "Giữ lại chưa in",
        "Job": "Lệnh in", "Job &priority:": "Độ &ưu tiên:", "Job Control": "Điều khiển lệnh in",
        "Night (18:00 to 05:59)": "Ban đêm (18:00 đến 05:59)", "None": "Không", "Print Immediately": "In ngay",
        "Scheduled &printing:": "Hẹn &giờ in:", "Second Shift (16:00 to 23:59)": "Ca hai (16:00 đến 23:59)",
        "Secret": "Tối mật", "Specific Time": "Giờ chỉ định", "Standard": "Chuẩn",
        "Third Shift (00:00 to 07:59)": "Ca ba (00:00 đến 07:59)", "Top Secret": "Tuyệt mật",
        "Unclassified": "Không mật", "Weekend (Saturday to Sunday)": "Cuối tuần (thứ Bảy đến Chủ nhật)",
    },
    "QCupsPrinterSupport": {
        "Authentication Needed": "Cần xác thực", "Authentication needed to use %1 on %2.":
            "Cần xác thực để dùng %1 trên %2.", "Authentication needed to use %1.": "Cần xác thực để dùng %1.",
        "Password:": "Mật khẩu:", "Username:": "Tên đăng nhập:",
    },
    "Print Device Input Slot": {"Automatic": "Tự động"},
    "Print Device Output Bin": {"Automatic": "Tự động"},
    # Paper sizes in the page-size list: the ISO, JIS, ANSI and PRC codes stay; words are translated.
    "QPageSize": {
        **{code: code for code in (
            "A0", "A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9", "A10",
            "B0", "B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B9", "B10",
            "JIS B0", "JIS B1", "JIS B2", "JIS B3", "JIS B4", "JIS B5", "JIS B6", "JIS B7", "JIS B8", "JIS B9",
            "JIS B10", "ANSI C", "ANSI D", "ANSI E", "PRC 16K", "PRC 32K")},
        "%1 x %2 in": "%1 x %2 inch", "A3 Extra": "A3 mở rộng", "A4 Extra": "A4 mở rộng", "A4 Plus": "A4 lớn",
        "A4 Small": "A4 nhỏ", "A5 Extra": "A5 mở rộng", "B5 Extra": "B5 mở rộng",
        "Architect A": "Khổ kiến trúc A", "Architect B": "Khổ kiến trúc B", "Architect C": "Khổ kiến trúc C",
        "Architect D": "Khổ kiến trúc D", "Architect E": "Khổ kiến trúc E", "Custom": "Tùy chỉnh",
        "Custom (%1CC x %2CC)": "Tùy chỉnh (%1CC x %2CC)", "Custom (%1DD x %2DD)": "Tùy chỉnh (%1DD x %2DD)",
        "Custom (%1in x %2in)": "Tùy chỉnh (%1 inch x %2 inch)", "Custom (%1mm x %2mm)": "Tùy chỉnh (%1mm x %2mm)",
        "Custom (%1pc x %2pc)": "Tùy chỉnh (%1pc x %2pc)", "Custom (%1pt x %2pt)": "Tùy chỉnh (%1pt x %2pt)",
        "Double Postcard": "Bưu thiếp đôi", "Postcard": "Bưu thiếp",
        **{f"Envelope {c}": f"{_ENVELOPE} {c}" for c in (
            "B4", "B5", "B6", "C0", "C1", "C2", "C3", "C4", "C5", "C6", "C65", "C7", "DL",
            "PRC 1", "PRC 2", "PRC 3", "PRC 4", "PRC 5", "PRC 6", "PRC 7", "PRC 8", "PRC 9", "PRC 10")},
        **{f"Envelope US {n}": f"{_ENVELOPE} Mỹ số {n}" for n in ("9", "10", "11", "12", "14")},
        "Envelope Chou 3": f"{_ENVELOPE} Nhật Chō 3", "Envelope Chou 4": f"{_ENVELOPE} Nhật Chō 4",
        "Envelope Kaku 2": f"{_ENVELOPE} Nhật Kaku 2", "Envelope Kaku 3": f"{_ENVELOPE} Nhật Kaku 3",
        "Envelope You 4": f"{_ENVELOPE} Nhật Yō 4", "Envelope Invite": f"{_ENVELOPE} thiệp mời",
        "Envelope Italian": f"{_ENVELOPE} Ý", "Envelope Monarch": f"{_ENVELOPE} Mỹ nhỏ",
        "Envelope Personal": f"{_ENVELOPE} cá nhân",
        "Executive (7.25 x 10.5 in)": "Khổ hành chính Mỹ (7,25 x 10,5 inch)",
        "Executive (7.5 x 10 in)": "Khổ hành chính Mỹ (7,5 x 10 inch)",
        "Fan-fold German (8.5 x 12 in)": "Giấy gấp liên tục Đức (8,5 x 12 inch)",
        "Fan-fold German Legal (8.5 x 13 in)": "Giấy gấp liên tục Đức dài (8,5 x 13 inch)",
        "Fan-fold US (14.875 x 11 in)": "Giấy gấp liên tục Mỹ (14,875 x 11 inch)",
        "Folio (8.27 x 13 in)": "Khổ hai (8,27 x 13 inch)", "Quarto": "Khổ tư",
        "Ledger / ANSI B": "Khổ sổ cái / ANSI B", "Tabloid / ANSI B": "Khổ báo nhỏ / ANSI B",
        "Tabloid Extra": "Khổ báo nhỏ mở rộng", "Legal": "Khổ pháp lý Mỹ", "Legal Extra": "Khổ pháp lý Mỹ mở rộng",
        "Letter / ANSI A": "Khổ thư Mỹ / ANSI A", "Letter Extra": "Khổ thư Mỹ mở rộng",
        "Letter Plus": "Khổ thư Mỹ lớn", "Letter Small": "Khổ thư Mỹ nhỏ", "Note": "Khổ ghi chú",
        "PRC 32K Big": "PRC 32K lớn", "Statement": "Khổ sao kê", "Super A": "Khổ siêu A", "Super B": "Khổ siêu B",
    },
}


def write_ts(ts_path: Path) -> int:
    """Write the catalogue as a Qt .ts file; returns the number of messages."""
    root = ET.Element("TS", version="2.1", language="vi", sourcelanguage="en")
    count = 0
    for context, messages in VI.items():
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for source, translation in messages.items():
            msg = ET.SubElement(ctx, "message")
            ET.SubElement(msg, "source").text = source
            ET.SubElement(msg, "translation").text = translation
            count += 1
    ET.indent(root)
    ET.ElementTree(root).write(ts_path, encoding="utf-8", xml_declaration=True)
    return count


def compile_qm(ts_path: Path, qm_path: Path) -> None:
    """Compile with the lrelease shipped in PySide6."""
    tool = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    subprocess.run([tool, "-silent", str(ts_path), "-qm", str(qm_path)], check=True)


if __name__ == "__main__":
    here = Path(__file__).parent
    n = write_ts(here / "qtbase_vi.ts")
    compile_qm(here / "qtbase_vi.ts", here / "qtbase_vi.qm")
    print(f"wrote {n} messages to qtbase_vi.qm")
