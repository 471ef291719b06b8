<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AttachmentTableModel</name>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="549" />
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="550" />
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="550" />
        <source>Ảnh</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="550" />
        <source>Bản quét</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="551" />
        <source>Chứng cứ trên mạng</source>
        <translation>Online evidence</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="553" />
        <source>Ghi chú / địa chỉ</source>
        <translation>Caption / address</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="554" />
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../inspector_app/ui/attachment_viewer.py" line="47" />
        <source>Đang mở ảnh…</source>
        <translation>Opening the photo…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/attachment_viewer.py" line="54" />
        <source>Kích thước thật</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/attachment_viewer.py" line="58" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/attachment_viewer.py" line="69" />
        <source>Không mở được ảnh %1</source>
        <translation>Could not open the photo %1</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/attachment_viewer.py" line="73" />
        <source>Không mở được ảnh (tệp hỏng hoặc không phải ảnh).</source>
        <translation>Could not open the photo (damaged file or not an image).</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="120" />
        <source>Chọn một vụ việc trong danh sách, hoặc lập vụ việc mới (Ctrl+N).</source>
        <translation>Choose a case in the list, or create a new one (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="124" />
        <source>Lưu vụ việc (Ctrl+S)</source>
        <translation>Save case (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="154" />
        <source>Đang xử lý</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="155" />
        <source>Đã kết thúc</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="160" />
        <source>Tên vụ việc</source>
        <translation>Case title</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="160" />
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="161" />
        <source>Bắt đầu</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="162" />
        <source>Kết thúc</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="163" />
        <source>Số quyết định kiểm tra</source>
        <translation>Inspection decision no.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="164" />
        <source>Ngày quyết định</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="165" />
        <source>Người ban hành quyết định</source>
        <translation>Decision issued by</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="170" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="171" />
        <source>Kết quả kiểm tra, nhận xét</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="446" />
        <source>Đối tượng này đã có vi phạm trước đây:</source>
        <translation>This subject has earlier violations:</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="448" />
        <source>trên máy này</source>
        <translation>on this laptop</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="448" />
        <source>theo dữ liệu Chi cục</source>
        <translation>according to HQ data</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="449" />
        <source> — có thể là tái phạm</source>
        <translation> — possibly a repeat offence</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="267" />
        <source>Thêm người…</source>
        <translation>Add person…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="269" />
        <location filename="../../inspector_app/ui/case_editor.py" line="304" />
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="271" />
        <location filename="../../inspector_app/ui/case_editor.py" line="306" />
        <source>Xóa</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="278" />
        <source>Đoàn kiểm tra, người chứng kiến, đại diện chính quyền và người liên quan.</source>
        <translation>Inspection team, witnesses, local authority and other people involved.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="180" />
        <source>&amp;Hàng hóa</source>
        <translation>G&amp;oods</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="302" />
        <source>Thêm niêm phong…</source>
        <translation>Add seal…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="323" />
        <source>Thêm ảnh, bản quét…</source>
        <translation>Add photos, scans…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="325" />
        <source>Thêm chứng cứ từ gian hàng trực tuyến…</source>
        <translation>Add evidence from an online shop…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="181" />
        <source>Ả&amp;nh &amp;&amp; chứng cứ</source>
        <translation>&amp;Photos &amp;&amp; evidence</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="174" />
        <source>Thông tin ch&amp;ung</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="180" />
        <source>Đố&amp;i tượng</source>
        <translation>&amp;Subject</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="180" />
        <source>Người th&amp;am gia</source>
        <translation>P&amp;eople</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="181" />
        <source>Vi phạ&amp;m</source>
        <translation>&amp;Violations</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="181" />
        <source>Niêm ph&amp;ong</source>
        <translation>Sea&amp;ls</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="182" />
        <source>&amp;Văn bản</source>
        <translation>Do&amp;cuments</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="327" />
        <source>Xem / phóng to</source>
        <translation>View / enlarge</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="331" />
        <source>Sửa ghi chú…</source>
        <translation>Edit caption…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="334" />
        <source>Xóa tệp</source>
        <translation>Remove file</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="475" />
        <location filename="../../inspector_app/ui/case_editor.py" line="583" />
        <source>Chưa lưu</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="485" />
        <source>Chưa nhập tên vụ việc</source>
        <translation>Case title is missing</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="486" />
        <source>Chưa nhập địa điểm</source>
        <translation>Place is missing</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="545" />
        <source>Chưa lưu được: sửa các ô báo đỏ</source>
        <translation>Not saved: fix the fields marked in red</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="551" />
        <source>Chưa lưu được: thông tin đối tượng chưa hợp lệ</source>
        <translation>Not saved: the subject is not valid yet</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="560" />
        <source>Đang lưu…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="568" />
        <source>Đã lưu</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="568" />
        <source>Đã lưu tự động</source>
        <translation>Saved automatically</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="570" />
        <source>Đã lưu phần hợp lệ; các ô báo đỏ chưa lưu</source>
        <translation>Valid fields saved; fields marked in red are not saved yet</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="579" />
        <source>Chưa lưu tự động được: %1</source>
        <translation>Could not save automatically: %1</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="582" />
        <source>Chưa lưu được vụ việc</source>
        <translation>Could not save the case</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="670" />
        <source>Ảnh và tài liệu (*.jpg *.jpeg *.png *.webp *.pdf);;Tất cả (*)</source>
        <translation>Photos and documents (*.jpg *.jpeg *.png *.webp *.pdf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="671" />
        <source>Chọn tệp</source>
        <translation>Choose files</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="675" />
        <source>Chứng cứ trực tuyến</source>
        <translation>Online evidence</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="676" />
        <source>Địa chỉ trang bán hàng (https://…):</source>
        <translation>Listing address (https://…):</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="701" />
        <source>Không đính kèm được</source>
        <translation>Could not attach</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="731" />
        <source>Lưu bản giải mã của tệp</source>
        <translation>Save a decrypted copy of the file</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="751" />
        <source>Ghi chú tệp đính kèm</source>
        <translation>Attachment caption</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="752" />
        <source>Ghi chú cho “%1”:</source>
        <translation>Caption for “%1”:</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="764" />
        <source>Xóa tệp đính kèm</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="765" />
        <source>Xóa “%1” khỏi vụ việc? Tệp sẽ không được gửi về Chi cục.</source>
        <translation>Remove “%1” from the case? The file will not be sent to headquarters.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="772" />
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="199" />
        <source>Vụ việc</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="200" />
        <source>Đối tượng</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="201" />
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="202" />
        <source>Bắt đầu</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="203" />
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="205" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="210" />
        <source>Đang xử lý</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="210" />
        <source>Đã kết thúc</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>CatalogTableModel</name>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="499" />
        <source>Căn cứ</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="500" />
        <source>Hành vi</source>
        <translation>Violation</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="501" />
        <source>Khung phạt (đồng)</source>
        <translation>Fine range (VND)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="502" />
        <source> (chưa xác minh)</source>
        <translation> (unverified)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../inspector_app/ui/widgets.py" line="130" />
        <source>Ngày phải có dạng ngày/tháng/năm, vd: 28/11/2026</source>
        <translation>Dates are day/month/year, e.g. 28/11/2026</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/widgets.py" line="137" />
        <source>Thời gian phải có dạng ngày/tháng/năm giờ:phút, vd: 28/11/2026 08:30</source>
        <translation>Times are day/month/year hours:minutes, e.g. 28/11/2026 08:30</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/widgets.py" line="164" />
        <source>ngày/tháng/năm giờ:phút</source>
        <translation>dd/mm/yyyy hh:mm</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/widgets.py" line="164" />
        <source>ngày/tháng/năm</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/widgets.py" line="167" />
        <source>Chọn ngày trên lịch (F4)</source>
        <translation>Pick the day on a calendar (F4)</translation>
    </message>
</context>
<context>
    <name>DeadlineTableModel</name>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="393" />
        <source>Hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="394" />
        <source>Việc phải làm</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="395" />
        <source>Vụ việc</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="396" />
        <source>Còn lại</source>
        <translation>Left</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector_app/ui/models.py" line="405" />
        <source>quá hạn %n ngày</source>
        <translation><numerusform>%n day overdue</numerusform><numerusform>%n days overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector_app/ui/models.py" line="406" />
        <source>còn %n ngày</source>
        <translation><numerusform>%n day left</numerusform><numerusform>%n days left</numerusform></translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../../inspector_app/ui/document_actions.py" line="101" />
        <source>Xem trước văn bản</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_actions.py" line="108" />
        <source>Không xem trước được</source>
        <translation>Could not preview</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_actions.py" line="115" />
        <source>Không in được</source>
        <translation>Could not print</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_actions.py" line="121" />
        <source>In bản nháp</source>
        <translation>Print draft</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_actions.py" line="122" />
        <source>Văn bản chưa hoàn tất nên chưa có số. In bản nháp để xem lại?</source>
        <translation>The document is not final and has no number yet. Print a draft to review?</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_actions.py" line="123" />
        <location filename="../../inspector_app/ui/document_actions.py" line="131" />
        <source>Đã hủy in</source>
        <translation>Printing cancelled</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_actions.py" line="136" />
        <source>Đang in %1…</source>
        <translation>Printing %1…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_actions.py" line="136" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_actions.py" line="156" />
        <source>In mặt sau tờ cuối</source>
        <translation>Print the back of the last sheet</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_actions.py" line="176" />
        <source>Chưa hoàn tất được</source>
        <translation>Could not finalise</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_actions.py" line="179" />
        <source>Hoàn tất văn bản</source>
        <translation>Finalise document</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_actions.py" line="181" />
        <source>Văn bản này đã hoàn tất.</source>
        <translation>This document is already final.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector_app/ui/document_actions.py" line="187" />
        <source>Chưa thể hoàn tất: còn %n vấn đề cần sửa.</source>
        <translation><numerusform>Cannot finalise yet: %n problem to fix.</numerusform><numerusform>Cannot finalise yet: %n problems to fix.</numerusform></translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_actions.py" line="190" />
        <location filename="../../inspector_app/ui/document_actions.py" line="215" />
        <source>Lập Bảng kê</source>
        <translation>Goods list</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_actions.py" line="191" />
        <source>Danh sách hàng hóa quá dài cho biên bản. Lập ngay Bảng kê (Mẫu 10) kèm theo biên bản này? Số của biên bản được điền vào Bảng kê khi biên bản được cấp số.</source>
        <translation>The goods list is too long for the minutes. Draw up the goods list (Form 10) attached to these minutes now? The minutes' number is filled into it when the minutes are numbered.</translation>
    </message>
    <message>
        <source>Số quyết định do đơn vị cấp (vd: 12):</source>
        <translation>Decision number issued by the unit (e.g. 12):</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_actions.py" line="196" />
        <source>Sau khi hoàn tất, văn bản được cấp số và KHÔNG THỂ SỬA nữa; muốn sửa phải lập văn bản thay thế. Hoàn tất %1?</source>
        <translation>Once finalised the document gets its number and CANNOT BE CHANGED; a change needs a replacement document. Finalise %1?</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_actions.py" line="222" />
        <source>Đính kèm bản quét có chữ ký</source>
        <translation>Attach the signed scan</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_actions.py" line="223" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_actions.py" line="230" />
        <source>Đã lưu bản quét “%1”. Bản quét sẽ được gửi về Chi cục ở lần đồng bộ tới.</source>
        <translation>The scan “%1” is saved. It goes to HQ at the next sync.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_actions.py" line="239" />
        <source>Lập văn bản thay thế</source>
        <translation>Correct (supersede)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_actions.py" line="241" />
        <source>Văn bản đã hoàn tất không sửa được. Lập một bản nháp mới thay thế nó (văn bản cũ vẫn được giữ)?</source>
        <translation>A final document cannot be changed. Create a new draft that replaces it (the old one is kept)?</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="213" />
        <source>Địa điểm lập</source>
        <translation>Drawn up at (place)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="214" />
        <source>Thời điểm lập</source>
        <translation>Drawn up at</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="240" />
        <source>Thêm người…</source>
        <translation>Add person…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="242" />
        <source>Sửa / ghi không ký…</source>
        <translation>Edit / record refusal…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="244" />
        <source>Xóa</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="246" />
        <source>Người tham gia, ký biên bản</source>
        <translation>Participants and signatories</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="262" />
        <source>Lưu nháp (Ctrl+S)</source>
        <translation>Save draft (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="265" />
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="267" />
        <source>In… (Ctrl+P)</source>
        <translation>Print… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="269" />
        <source>Hoàn tất…</source>
        <translation>Finalise…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="272" />
        <source>Lập văn bản thay thế…</source>
        <translation>Correct (supersede)…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="274" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="276" />
        <source>Lập Bảng kê (Mẫu 10) kèm theo biên bản này…</source>
        <translation>Draw up the goods list (Form 10) attached to these minutes…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="283" />
        <source>Xác nhận bỏ qua cảnh báo…</source>
        <translation>Confirm and pass over the warning…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="302" />
        <source>Cần sửa trước khi hoàn tất:</source>
        <translation>To fix before finalising:</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="56" />
        <source>Nháp</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="57" />
        <source>Hoàn tất</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="57" />
        <source>Đã đồng bộ</source>
        <translation>Synced</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="334" />
        <source>chưa cấp số</source>
        <translation>no number yet</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="335" />
        <source>Số</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="338" />
        <source>(chưa có đối tượng)</source>
        <translation>(no subject yet)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="339" />
        <source>Đối tượng: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector_app/ui/document_editor.py" line="343" />
        <source>%n dòng hàng</source>
        <translation><numerusform>%n goods row</numerusform><numerusform>%n goods rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector_app/ui/document_editor.py" line="345" />
        <source>%n hành vi vi phạm</source>
        <translation><numerusform>%n violation</numerusform><numerusform>%n violations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector_app/ui/document_editor.py" line="347" />
        <source>%n niêm phong</source>
        <translation><numerusform>%n seal</numerusform><numerusform>%n seals</numerusform></translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="349" />
        <source>thay thế một văn bản đã hoàn tất</source>
        <translation>supersedes a final document</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="392" />
        <source>Chưa lưu</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="401" />
        <source>Tình trạng:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="403" />
        <source>Văn bản đã hoàn tất (chỉ đọc). SHA-256: %1</source>
        <translation>Final document (read-only). SHA-256: %1</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="425" />
        <source>Lưu ý: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="446" />
        <source>Không còn vấn đề: có thể hoàn tất.</source>
        <translation>No problems left: ready to finalise.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="459" />
        <source>Xác nhận bỏ qua cảnh báo</source>
        <translation>Confirm and pass over the warning</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="460" />
        <source>%1

Chỉ xác nhận khi pháp luật cho phép người có thẩm quyền lựa chọn. Ghi lý do: căn cứ, số và ngày văn bản đã đối chiếu (lý do được ghi vào nhật ký):</source>
        <translation>%1

Confirm only where the law leaves the official a choice. Give the reason: the basis, the number and date of the document checked (the reason goes into the audit log):</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="467" />
        <source>Chưa xác nhận được cảnh báo</source>
        <translation>The warning was not confirmed</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="546" />
        <source>Đã lưu tự động lúc %1</source>
        <translation>Saved automatically at %1</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="546" />
        <source>Đã lưu lúc %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="555" />
        <source>Chưa lưu tự động được: %1</source>
        <translation>Could not save automatically: %1</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="558" />
        <source>Chưa lưu được</source>
        <translation>Could not save</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="329" />
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="331" />
        <source>Số</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="332" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="335" />
        <source>HQ duyệt</source>
        <translation>HQ review</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="333" />
        <source>Lập lúc</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="334" />
        <source>Thay thế</source>
        <translation>Supersedes</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="352" />
        <source>Đã bị thay thế (bởi số %1)</source>
        <translation>Replaced (by no. %1)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="360" />
        <source>thay thế số %1</source>
        <translation>replaces no. %1</translation>
    </message>
    <message>
        <source>có</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="55" />
        <source>Nháp</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="55" />
        <source>Hoàn tất</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="56" />
        <source>Đã đồng bộ</source>
        <translation>Synced</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="66" />
        <source>Lập văn bản</source>
        <translation>Create document</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="84" />
        <source>Mở / sửa</source>
        <translation>Open / edit</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="85" />
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="86" />
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="87" />
        <source>Hoàn tất…</source>
        <translation>Finalise…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="88" />
        <source>Lập văn bản thay thế…</source>
        <translation>Correct (supersede)…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="89" />
        <source>Bản quét…</source>
        <translation>Scan…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="91" />
        <source>Đính kèm bản quét (PDF) của văn bản đã ký; gửi về Chi cục khi đồng bộ</source>
        <translation>Attach the scan (PDF) of the signed document; it goes to HQ at the next sync</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="92" />
        <location filename="../../inspector_app/ui/documents_panel.py" line="226" />
        <source>Xóa bản nháp</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="102" />
        <source>Văn bản được lập sẵn từ thông tin vụ việc; lưu vụ việc trước khi lập.</source>
        <translation>Documents are prefilled from the case; save the case before creating one.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="105" />
        <source>Loại văn bản:</source>
        <translation>Document kind:</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="198" />
        <source>Không lập được văn bản</source>
        <translation>Could not create the document</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="226" />
        <source>Xóa bản nháp này?</source>
        <translation>Delete this draft?</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="229" />
        <source>Không xóa được</source>
        <translation>Could not delete</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="67" />
        <source>số tiền (đồng)</source>
        <translation>amount (VND)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="87" />
        <source>(chưa chọn)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="98" />
        <source>Mỗi dòng một mục</source>
        <translation>One item per line</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="161" />
        <source>Phải là số nguyên</source>
        <translation>Must be a whole number</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="164" />
        <source>Phải là số tiền (đồng)</source>
        <translation>Must be an amount (VND)</translation>
    </message>
</context>
<context>
    <name>FinalizeDialog</name>
    <message>
        <location filename="../../inspector_app/ui/finalize_dialog.py" line="44" />
        <source>&amp;Số quyết định (8 chữ số do đơn vị cấp, vd: 01020015):</source>
        <translation>Decision &amp;number (8 digits issued by the unit, e.g. 01020015):</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/finalize_dialog.py" line="50" />
        <source>Để &amp;trống số, ghi tay theo sổ đăng ký văn bản sau khi ký</source>
        <translation>Leave the number &amp;blank, to be written by hand from the register after signing</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/finalize_dialog.py" line="52" />
        <source>Số văn bản lấy từ Hệ thống đăng ký, cấp số văn bản và chỉ ghi sau khi văn bản đã được ký (Thông tư 22/2021/TT-BCT, Điều 6). Văn bản in ra với dòng "Số: ……" để ghi tay.</source>
        <translation>Document numbers come from the document registration system and are written only after the document is signed (Circular 22/2021/TT-BCT, Article 6). The document prints with a blank number line to fill in by hand.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/finalize_dialog.py" line="58" />
        <source>&amp;Hoàn tất</source>
        <translation>&amp;Finalise</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/finalize_dialog.py" line="60" />
        <source>Hủ&amp;y</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../inspector_app/ui/first_run.py" line="31" />
        <source>Bắt đầu sử dụng</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/first_run.py" line="32" />
        <source>Chào mừng! Nhập đơn vị và công chức sử dụng máy này. Thông tin này được in trên mọi biên bản, quyết định và có thể sửa sau trong Cài đặt.</source>
        <translation>Welcome! Enter the unit and the officer using this laptop. They are printed on every record and decision and can be changed later in Settings.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/first_run.py" line="41" />
        <source>Lưu và bắt đầu</source>
        <translation>Save and start</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/first_run.py" line="45" />
        <source>Dùng dữ liệu mẫu để làm quen</source>
        <translation>Use demo data to try it out</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/first_run.py" line="93" />
        <source>Đang thêm dữ liệu mẫu…</source>
        <translation>Adding demo data…</translation>
    </message>
</context>
<context>
    <name>GoodsPanel</name>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="186" />
        <source>Quét hoặc gõ mã vạch rồi nhấn Enter</source>
        <translation>Scan or type a barcode, then press Enter</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="200" />
        <source>Bỏ qua mã đã chọn</source>
        <translation>Dismiss the selected code</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="203" />
        <source>Bỏ qua tất cả</source>
        <translation>Dismiss all</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="209" />
        <source>Mã bị từ chối (chưa ghi vào bảng hàng hóa):</source>
        <translation>Rejected codes (not added to the goods):</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="241" />
        <source>Thêm hàng hóa…</source>
        <translation>Add goods…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="243" />
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="245" />
        <source>Tạm giữ / bỏ tạm giữ</source>
        <translation>Seize / release</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="247" />
        <source>Xóa dòng</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="254" />
        <source>Mã vạch:</source>
        <translation>Barcode:</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="326" />
        <source>Mã %1: %2</source>
        <translation>Code %1: %2</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="342" />
        <source>Đã thêm: %1</source>
        <translation>Added: %1</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="342" />
        <source>Tăng số lượng: %1 — %2</source>
        <translation>Quantity raised: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="346" />
        <source>CẢNH BÁO: mã vạch thuộc danh sách cảnh báo</source>
        <translation>WARNING: barcode is on the watch list</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="419" />
        <source>Giá trị bất thường</source>
        <translation>Unusual value</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="420" />
        <source>Dòng “%1”: %2. Có đúng không? Chọn Không để sửa lại.</source>
        <translation>Row “%1”: %2. Is that right? Choose No to correct it.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="442" />
        <source>Không lưu: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="445" />
        <source>Đã bỏ qua thay đổi của dòng “%1”.</source>
        <translation>The change to row “%1” was discarded.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="466" />
        <source>Xóa hàng hóa</source>
        <translation>Delete goods</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="467" />
        <source>Xóa dòng “%1”?</source>
        <translation>Delete row “%1”?</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="487" />
        <source>%1 dòng — tổng trị giá %2 đồng</source>
        <translation>%1 rows — total value %2 VND</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="489" />
        <source>Đã nhận %1 lần quét (%2 bị từ chối) · %3 dòng</source>
        <translation>%1 scans received (%2 rejected) · %3 rows</translation>
    </message>
</context>
<context>
    <name>GoodsRowDialog</name>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="99" />
        <source>Hàng hóa, tang vật</source>
        <translation>Goods, exhibits</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="106" />
        <source>Tên hàng hóa</source>
        <translation>Goods name</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="106" />
        <source>Chủng loại, quy cách</source>
        <translation>Model, specification</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="107" />
        <source>Nhãn hiệu</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="107" />
        <source>Xuất xứ</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="108" />
        <source>Mã vạch</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="108" />
        <source>Đơn vị tính</source>
        <translation>Unit of measure</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="109" />
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="110" />
        <source>Đơn giá (đồng)</source>
        <translation>Unit price (VND)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="111" />
        <source>Tình trạng, đặc điểm</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="111" />
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="120" />
        <source>Nghi hàng giả</source>
        <translation>Suspected counterfeit</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="122" />
        <source>Hàng nhập lậu</source>
        <translation>Smuggled</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="124" />
        <source>Không rõ nguồn gốc</source>
        <translation>Unknown origin</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="126" />
        <source>Tạm giữ</source>
        <translation>Seized</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="131" />
        <source>Đánh dấu</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="161" />
        <source>Đơn giá phải là số nguyên đồng</source>
        <translation>Unit price must be whole VND</translation>
    </message>
</context>
<context>
    <name>GoodsTableModel</name>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="226" />
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="227" />
        <source>Tên hàng hóa</source>
        <translation>Goods name</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="228" />
        <source>Mã vạch</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="229" />
        <source>Nhãn hiệu</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="230" />
        <source>Xuất xứ</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="231" />
        <source>ĐVT</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="232" />
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="233" />
        <source>Đơn giá</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="234" />
        <source>Trị giá</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="235" />
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="242" />
        <source>nghi giả</source>
        <translation>suspected fake</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="244" />
        <source>nhập lậu</source>
        <translation>smuggled</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="246" />
        <source>không rõ nguồn gốc</source>
        <translation>unknown origin</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="248" />
        <source>tạm giữ</source>
        <translation>seized</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../inspector_app/ui/lock.py" line="181" />
        <source>Khóa &amp;màn hình</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/lock.py" line="191" />
        <source>Đặt mã &amp;PIN mở khóa…</source>
        <translation>Set unlock &amp;PIN…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/lock.py" line="216" />
        <location filename="../../inspector_app/ui/lock.py" line="222" />
        <source>Mã PIN mở khóa</source>
        <translation>Unlock PIN</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/lock.py" line="217" />
        <source>Mã PIN (ít nhất 4 chữ số) để mở khóa màn hình nhanh:</source>
        <translation>PIN (at least 4 digits) to unlock the screen quickly:</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/lock.py" line="222" />
        <source>Đã đặt mã PIN.</source>
        <translation>The PIN is set.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../inspector_app/ui/lock.py" line="60" />
        <source>Ứng dụng đang khóa</source>
        <translation>The app is locked</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/lock.py" line="64" />
        <source>Nhập mật khẩu dữ liệu hoặc mã PIN để tiếp tục.</source>
        <translation>Type the data passphrase or the PIN to continue.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/lock.py" line="74" />
        <source>&amp;Mở khóa</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/lock.py" line="147" />
        <source>Mật khẩu không đúng.</source>
        <translation>Wrong passphrase.</translation>
    </message>
</context>
<context>
    <name>LoginBox</name>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="49" />
        <source>Máy chủ Chi cục (đồng bộ)</source>
        <translation>HQ server (sync)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="55" />
        <source>vd: https://qltt.dongnai.gov.vn</source>
        <translation>e.g. https://qltt.dongnai.gov.vn</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="61" />
        <source>Đăng nhập</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="64" />
        <source>Đăng xuất thiết bị</source>
        <translation>Log out device</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="70" />
        <source>Địa chỉ máy chủ</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="71" />
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="72" />
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="101" />
        <source>Máy này không có kho khóa (keyring): mật khẩu sẽ được hỏi mỗi lần đồng bộ.</source>
        <translation>This laptop has no keyring: the password will be asked at every sync.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="113" />
        <source>Đang đăng nhập…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="134" />
        <source>Đã đăng xuất thiết bị.</source>
        <translation>Device logged out.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="80" />
        <location filename="../../inspector_app/ui/main_window.py" line="342" />
        <source>QLTT — Kiểm tra thị trường</source>
        <translation>QLTT — Market inspection</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="85" />
        <source>Đã hoàn tất văn bản số %1</source>
        <translation>Finalised document no. %1</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="93" />
        <source>Tìm vụ việc, đối tượng, hàng hóa, mã số thuế… (Ctrl+F)</source>
        <translation>Search cases, subjects, goods, tax codes… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="98" />
        <source>Mọi trạng thái</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="99" />
        <source>Đang xử lý</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="100" />
        <source>Đã kết thúc</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="103" />
        <source>Mọi loại văn bản</source>
        <translation>All document kinds</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="136" />
        <source>Vụ việc mới… (Ctrl+N)</source>
        <translation>New case… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="184" />
        <location filename="../../inspector_app/ui/main_window.py" line="562" />
        <source>Thời hạn sắp đến và quá hạn</source>
        <translation>Deadlines due and overdue</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="205" />
        <source>Đang mở dữ liệu…</source>
        <translation>Opening data…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="238" />
        <source>Trước khi lập văn bản, hãy nhập đơn vị và công chức: mọi biên bản, quyết định đều ghi các thông tin này.</source>
        <translation>Before drawing up a document, enter the unit and the officer: every minutes and decision carries them.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="258" />
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="259" />
        <source>&amp;Vụ việc mới…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="261" />
        <source>&amp;Lưu vụ việc</source>
        <translation>&amp;Save case</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="263" />
        <source>&amp;Nhập dữ liệu từ tệp…</source>
        <translation>&amp;Import from file…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="264" />
        <source>&amp;Xuất dữ liệu ra tệp…</source>
        <translation>&amp;Export to file…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="265" />
        <source>Thêm &amp;dữ liệu mẫu</source>
        <translation>Add &amp;demo data</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="267" />
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="269" />
        <source>&amp;Lập văn bản</source>
        <translation>&amp;New document</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="272" />
        <source>&amp;Xem trước</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="273" />
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="274" />
        <source>&amp;Hoàn tất…</source>
        <translation>&amp;Finalise…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="275" />
        <source>Lập văn bản &amp;thay thế…</source>
        <translation>&amp;Correct (supersede)…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="277" />
        <source>Đồng bộ với &amp;máy chủ…</source>
        <translation>Sync with &amp;server…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="278" />
        <source>&amp;Cập nhật tình trạng</source>
        <translation>&amp;Refresh status</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="279" />
        <source>&amp;Công cụ</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="283" />
        <source>&amp;Cài đặt…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="284" />
        <source>Tìm &amp;kiếm</source>
        <translation>Sea&amp;rch</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="285" />
        <source>Hiện/ẩn &amp;thời hạn</source>
        <translation>Show/hide &amp;deadlines</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="696" />
        <source>Tệp dữ liệu (*.qltt *.json *.zip);;Tất cả (*)</source>
        <translation>Data files (*.qltt *.json *.zip);;All (*)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="729" />
        <source>Tệp dữ liệu mã hóa (*.qltt);;Tất cả (*)</source>
        <translation>Encrypted data files (*.qltt);;All (*)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="737" />
        <source>Đã xuất dữ liệu (mã hóa) ra %1</source>
        <translation>Data exported (encrypted) to %1</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="109" />
        <source>từ ngày (ngày/tháng/năm)</source>
        <translation>from (dd/mm/yyyy)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="112" />
        <source>đến ngày (ngày/tháng/năm)</source>
        <translation>to (dd/mm/yyyy)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="268" />
        <source>Văn &amp;bản</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="276" />
        <source>Đồn&amp;g bộ</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="287" />
        <source>Trợ giú&amp;p</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="288" />
        <source>&amp;Giới thiệu</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="443" />
        <source>Chưa cấu hình đơn vị và công chức (Công cụ → Cài đặt).</source>
        <translation>Unit and officer not set up (Tools → Settings).</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="320" />
        <source>Sẵn sàng</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="86" />
        <source>Đã hoàn tất văn bản; số để trống, ghi tay theo sổ đăng ký sau khi ký</source>
        <translation>Document finalised; the number is left blank, to be written by hand from the register after signing</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector_app/ui/main_window.py" line="378" />
        <source>%n vụ việc</source>
        <translation><numerusform>%n case</numerusform><numerusform>%n cases</numerusform></translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="378" />
        <source> (hiển thị tối đa %1)</source>
        <translation> (showing at most %1)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="456" />
        <source>Trước khi lập vụ việc, hãy nhập đơn vị và công chức: mọi biên bản, quyết định đều ghi các thông tin này.</source>
        <translation>Before creating a case, enter the unit and the officer: every minutes and decision carries them.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="478" />
        <source>Không lập được vụ việc</source>
        <translation>Could not create the case</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="521" />
        <source>Lập văn bản</source>
        <translation>Create document</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="521" />
        <source>Hãy chọn hoặc lập một vụ việc trước.</source>
        <translation>Select or create a case first.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="529" />
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="529" />
        <source>Hãy chọn một văn bản trong thẻ Văn bản.</source>
        <translation>Select a document in the Documents tab.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="564" />
        <source>hơn %1 việc quá hạn</source>
        <translation>more than %1 overdue</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector_app/ui/main_window.py" line="566" />
        <source>%n việc quá hạn</source>
        <translation><numerusform>%n overdue</numerusform><numerusform>%n overdue</numerusform></translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="568" />
        <source>(hiển thị %1 việc quá hạn lâu nhất)</source>
        <translation>(showing the %1 most overdue)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="589" />
        <source>Đang cập nhật thời hạn theo lịch mới… %1%</source>
        <translation>Updating the deadlines to the new calendar… %1%</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="638" />
        <source>Cơ sở dữ liệu bị hỏng</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="652" />
        <source>Chưa đăng nhập máy chủ</source>
        <translation>Not logged in to the server</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="654" />
        <source>Đã đồng bộ</source>
        <translation>Synced</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="656" />
        <source>Chờ gửi: %1</source>
        <translation>Waiting to send: %1</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="658" />
        <source>Bị từ chối/xung đột: %1</source>
        <translation>Rejected/conflicts: %1</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="660" />
        <source>Lần cuối: %1</source>
        <translation>Last: %1</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="683" />
        <source>Đang thêm dữ liệu mẫu…</source>
        <translation>Adding demo data…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="695" />
        <location filename="../../inspector_app/ui/main_window.py" line="712" />
        <source>Nhập dữ liệu</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Tệp dữ liệu (*.json *.zip);;Tất cả (*)</source>
        <translation type="vanished">Data files (*.json *.zip);;All (*)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="712" />
        <source>Đã nhập xong: %1</source>
        <translation>Imported: %1</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="720" />
        <source>Đang nhập dữ liệu…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="728" />
        <source>Xuất dữ liệu</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Tệp dữ liệu (*.json);;Tất cả (*)</source>
        <translation type="vanished">Data files (*.json);;All (*)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="735" />
        <source>Đang xuất dữ liệu…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Đã xuất dữ liệu ra %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="742" />
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="743" />
        <source>QLTT Field Inspector — ghi nhận kiểm tra, in biên bản và quyết định theo mẫu TT 22/2021/TT-BCT và NĐ 118/2021/NĐ-CP, đồng bộ về cơ sở dữ liệu tập trung.</source>
        <translation>QLTT Field Inspector — records inspections, prints the records and decisions of TT 22/2021/TT-BCT and NĐ 118/2021/NĐ-CP, and syncs them to the central database.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../inspector_app/ui/new_case.py" line="26" />
        <source>Vụ việc mới</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/new_case.py" line="32" />
        <source>vd: 15/QĐ-KT</source>
        <translation>e.g. 15/QĐ-KT</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/new_case.py" line="40" />
        <source>vd: Kiểm tra cửa hàng mỹ phẩm Hoa Mai</source>
        <translation>e.g. Inspection of Hoa Mai cosmetics shop</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/new_case.py" line="51" />
        <source>Vụ việc được lập để thực hiện một quyết định kiểm tra.</source>
        <translation>A case carries out an inspection decision.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/new_case.py" line="52" />
        <source>Số quyết định kiểm tra</source>
        <translation>Inspection decision no.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/new_case.py" line="53" />
        <source>Ngày quyết định</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/new_case.py" line="54" />
        <source>Người ban hành</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/new_case.py" line="55" />
        <source>Tên vụ việc</source>
        <translation>Case title</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/new_case.py" line="56" />
        <source>Địa điểm kiểm tra</source>
        <translation>Inspection place</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/new_case.py" line="57" />
        <source>Bắt đầu lúc</source>
        <translation>Started at</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/new_case.py" line="68" />
        <source>Chưa nhập tên vụ việc</source>
        <translation>Case title is missing</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/new_case.py" line="69" />
        <source>Chưa nhập địa điểm</source>
        <translation>Place is missing</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="39" />
        <source>Người tham gia</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="53" />
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="55" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="55" />
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="56" />
        <source>Cơ quan / đơn vị</source>
        <translation>Agency / unit</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="56" />
        <source>Nghề nghiệp</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="57" />
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="57" />
        <source>Số CCCD/định danh</source>
        <translation>ID card number</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="58" />
        <source>Số hiệu công chức</source>
        <translation>Officer number</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="59" />
        <source>Số thẻ kiểm tra thị trường</source>
        <translation>Inspection card no.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="69" />
        <source>Không ký biên bản</source>
        <translation>Refused to sign</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="77" />
        <source>Lý do không ký</source>
        <translation>Reason for not signing</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="111" />
        <source>Chưa nhập họ tên</source>
        <translation>Name is missing</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="112" />
        <source>Ghi rõ lý do không ký biên bản</source>
        <translation>State why they did not sign</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="445" />
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="446" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="447" />
        <source>Chức vụ / nghề nghiệp</source>
        <translation>Position / occupation</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="448" />
        <source>Số hiệu / CCCD</source>
        <translation>Officer no. / ID</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="449" />
        <source>Đơn vị / địa chỉ</source>
        <translation>Unit / address</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../inspector_app/ui/passphrase.py" line="24" />
        <source>Mật khẩu cho tệp xuất</source>
        <translation>Passphrase of the export file</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/passphrase.py" line="24" />
        <source>Mở tệp dữ liệu đã mã hóa</source>
        <translation>Open an encrypted data file</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/passphrase.py" line="25" />
        <source>Tệp xuất được mã hóa bằng mật khẩu này (ít nhất 8 ký tự). Máy nhập tệp cần đúng mật khẩu này: hãy báo cho người nhận qua kênh khác, đừng gửi kèm tệp.</source>
        <translation>The export file is encrypted with this passphrase (at least 8 characters). The laptop that imports it needs exactly this passphrase: tell the recipient by another channel, never with the file.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/passphrase.py" line="27" />
        <source>Tệp này được mã hóa. Nhập mật khẩu đã đặt khi xuất tệp.</source>
        <translation>This file is encrypted. Type the passphrase set when it was exported.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/passphrase.py" line="29" />
        <source>Đặt mật khẩu bảo vệ dữ liệu</source>
        <translation>Set a passphrase to protect the data</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/passphrase.py" line="29" />
        <source>Mở khóa dữ liệu</source>
        <translation>Unlock the data</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/passphrase.py" line="30" />
        <source>Dữ liệu trên máy này được mã hóa. Hãy đặt một mật khẩu (ít nhất 8 ký tự) và ghi nhớ nó: không có mật khẩu thì không ai, kể cả Chi cục, mở được dữ liệu chưa đồng bộ.</source>
        <translation>The data on this laptop is encrypted. Set a passphrase (at least 8 characters) and remember it: without it nobody, HQ included, can open the data not yet synced.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/passphrase.py" line="32" />
        <source>Nhập mật khẩu để mở dữ liệu của máy này.</source>
        <translation>Type the passphrase to open this laptop's data.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/passphrase.py" line="40" />
        <source>&amp;Mật khẩu:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/passphrase.py" line="45" />
        <source>&amp;Nhập lại:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/passphrase.py" line="59" />
        <source>Mật khẩu phải có ít nhất 8 ký tự.</source>
        <translation>The passphrase needs at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/passphrase.py" line="62" />
        <source>Hai lần nhập mật khẩu không khớp.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/passphrase.py" line="65" />
        <source>Hãy nhập mật khẩu.</source>
        <translation>Type the passphrase.</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <location filename="../../inspector_app/ui/preview.py" line="60" />
        <source>%1 trang</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/preview.py" line="36" />
        <source>Vừa chiều rộng</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/preview.py" line="38" />
        <source>Cả trang</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/preview.py" line="44" />
        <source>In… (Ctrl+P)</source>
        <translation>Print… (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <location filename="../../inspector_app/ui/printing.py" line="126" />
        <source>Không đọc được tệp PDF để in</source>
        <translation>Cannot read the PDF to print</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/printing.py" line="151" />
        <source>Không mở được máy in</source>
        <translation>Cannot open the printer</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/printing.py" line="167" />
        <source>Đã in các tờ nhưng chưa in mặt sau (phần đã giao trực tiếp)</source>
        <translation>The sheets are printed, the backs are not (the part handed over in person)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/printing.py" line="176" />
        <source>Đã hủy in</source>
        <translation>Printing cancelled</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/printing.py" line="198" />
        <source>Đã in %1 trang</source>
        <translation>Printed %1 pages</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../inspector_app/ui/profile_form.py" line="27" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/profile_form.py" line="30" />
        <source>Cơ quan chủ quản</source>
        <translation>Parent agency</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/profile_form.py" line="30" />
        <source>vd: CHI CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH ĐỒNG NAI</source>
        <translation>e.g. CHI CUC QUAN LY THI TRUONG TINH DONG NAI</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/profile_form.py" line="31" />
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/profile_form.py" line="31" />
        <source>vd: ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 1</source>
        <translation>e.g. DOI QUAN LY THI TRUONG SO 1</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/profile_form.py" line="32" />
        <source>Mã đơn vị</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/profile_form.py" line="32" />
        <source>vd: QLTT-DN-01</source>
        <translation>e.g. QLTT-DN-01</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/profile_form.py" line="33" />
        <source>Địa danh (in ở dòng ngày tháng)</source>
        <translation>Place name (printed on the date line)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/profile_form.py" line="33" />
        <source>vd: Biên Hòa</source>
        <translation>e.g. Bien Hoa</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/profile_form.py" line="34" />
        <source>Địa chỉ trụ sở</source>
        <translation>Office address</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/profile_form.py" line="37" />
        <source>Công chức sử dụng máy</source>
        <translation>Officer using this computer</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/profile_form.py" line="40" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/profile_form.py" line="40" />
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/profile_form.py" line="40" />
        <source>vd: Kiểm soát viên thị trường</source>
        <translation>e.g. Market controller</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/profile_form.py" line="41" />
        <source>Số hiệu công chức</source>
        <translation>Officer number</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/profile_form.py" line="41" />
        <source>vd: QLTT0215</source>
        <translation>e.g. QLTT0215</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/profile_form.py" line="42" />
        <source>Số thẻ kiểm tra thị trường</source>
        <translation>Inspection card no.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/profile_form.py" line="46" />
        <source>Các ô có dấu * là bắt buộc.</source>
        <translation>Fields marked * are required.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/profile_form.py" line="108" />
        <source>Trường bắt buộc</source>
        <translation>Required</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <location filename="../../inspector_app/ui/prompts.py" line="110" />
        <source>In văn bản</source>
        <translation>Print document</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="465" />
        <source>Trưởng đoàn</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="466" />
        <source>Thành viên đoàn</source>
        <translation>Team member</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="467" />
        <source>Người lập biên bản</source>
        <translation>Drawn up by</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="468" />
        <source>Người chứng kiến</source>
        <translation>Witness</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="469" />
        <source>Đại diện chính quyền</source>
        <translation>Local authority</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="470" />
        <source>Người phiên dịch</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="471" />
        <source>Cơ quan phối hợp</source>
        <translation>Coordinating agency</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="472" />
        <source>Đại diện đối tượng</source>
        <translation>Subject's representative</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="473" />
        <source>Người bị thiệt hại</source>
        <translation>Injured party</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="474" />
        <source>Người bảo quản</source>
        <translation>Keeper</translation>
    </message>
</context>
<context>
    <name>SealDialog</name>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="122" />
        <source>Niêm phong</source>
        <translation>Seal</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="127" />
        <source>NP-0001, NP-0002</source>
        <translation>NP-0001, NP-0002</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="137" />
        <source>(chưa mở)</source>
        <translation>(not opened)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="138" />
        <source>Còn nguyên vẹn</source>
        <translation>Intact</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="139" />
        <source>Bị hư hỏng</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="142" />
        <source>Số niêm phong (cách nhau dấu phẩy)</source>
        <translation>Seal numbers (comma separated)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="143" />
        <source>Niêm phong những gì</source>
        <translation>What is sealed</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="144" />
        <source>Nơi bảo quản</source>
        <translation>Kept at</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="145" />
        <source>Người bảo quản</source>
        <translation>Keeper</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="146" />
        <source>Thời điểm niêm phong</source>
        <translation>Sealed at</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="147" />
        <source>Tình trạng khi mở</source>
        <translation>State when opened</translation>
    </message>
</context>
<context>
    <name>SealTableModel</name>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="530" />
        <source>Số niêm phong</source>
        <translation>Seal numbers</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="531" />
        <source>Niêm phong</source>
        <translation>Seal</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="532" />
        <source>Nơi bảo quản</source>
        <translation>Kept at</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="533" />
        <source>Người bảo quản</source>
        <translation>Keeper</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="534" />
        <source>Tình trạng khi mở</source>
        <translation>State when opened</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="534" />
        <source>còn nguyên</source>
        <translation>intact</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="535" />
        <source>bị hư hỏng</source>
        <translation>damaged</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="148" />
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="151" />
        <source>Đơn vị và công chức</source>
        <translation>Unit and officer</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="157" />
        <source>Máy chủ và đăng nhập</source>
        <translation>Server and login</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="165" />
        <source>Ngôn ngữ giao diện</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="166" />
        <source>Ngôn ngữ mới được áp dụng khi mở lại ứng dụng. Biên bản, quyết định luôn in bằng tiếng Việt.</source>
        <translation>A new language applies when the app is opened again. Records and decisions always print in Vietnamese.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="170" />
        <location filename="../../inspector_app/ui/settings_dialog.py" line="205" />
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="206" />
        <source>Ngôn ngữ mới sẽ được dùng khi mở lại ứng dụng.</source>
        <translation>The new language is used after restarting the app.</translation>
    </message>
</context>
<context>
    <name>SubjectForm</name>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="42" />
        <source>Cá nhân</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="43" />
        <source>Tổ chức</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="44" />
        <source>Người bán hàng trực tuyến</source>
        <translation>Online seller</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="46" />
        <source>Họ tên / tên tổ chức</source>
        <translation>Name / organisation</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="46" />
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="47" />
        <source>Tên cửa hàng, gian hàng (biển hiệu)</source>
        <translation>Shop name (signboard or online shop)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="48" />
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="48" />
        <source>Thư điện tử</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="49" />
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="49" />
        <source>Ngày sinh</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="50" />
        <source>Quốc tịch</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="50" />
        <source>Nghề nghiệp</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="51" />
        <source>Số CCCD/định danh</source>
        <translation>ID card number</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="51" />
        <source>Ngày cấp</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="52" />
        <source>Nơi cấp</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="52" />
        <source>Mã số doanh nghiệp/thuế</source>
        <translation>Enterprise/tax code</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="53" />
        <source>Số giấy chứng nhận ĐKKD</source>
        <translation>Business registration no.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="54" />
        <source>Ngày cấp ĐKKD</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="54" />
        <source>Nơi cấp ĐKKD</source>
        <translation>Registered at</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="55" />
        <source>Người đại diện theo pháp luật</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="56" />
        <source>Giới tính người đại diện</source>
        <translation>Representative's sex</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="57" />
        <source>Chức danh người đại diện</source>
        <translation>Representative's title</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="58" />
        <source>Sàn / nền tảng</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="58" />
        <source>Địa chỉ gian hàng</source>
        <translation>Shop address</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="59" />
        <source>Mã tài khoản người bán</source>
        <translation>Seller account id</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="62" />
        <source>12 chữ số</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="62" />
        <source>10 hoặc 13 chữ số</source>
        <translation>10 or 13 digits</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="67" />
        <source>Loại đối tượng</source>
        <translation>Subject kind</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="77" />
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="78" />
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="95" />
        <source>Người bán là tổ chức (doanh nghiệp): áp dụng mức phạt đối với tổ chức</source>
        <translation>The seller is an organisation (enterprise): the organisation's fine levels apply</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../inspector_app/ui/sync_dialog.py" line="47" />
        <source>Đồng bộ với máy chủ Chi cục</source>
        <translation>Sync with the HQ server</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_dialog.py" line="80" />
        <source>Đồng bộ ngay</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_dialog.py" line="84" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_dialog.py" line="88" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_dialog.py" line="102" />
        <source>Văn bản chưa được máy chủ nhận:</source>
        <translation>Documents the server has not accepted:</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_dialog.py" line="116" />
        <source>Máy chủ: %1 — tài khoản %2</source>
        <translation>Server: %1 — account %2</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_dialog.py" line="117" />
        <source>Chưa đăng nhập máy chủ: nhập địa chỉ máy chủ, tên đăng nhập và mật khẩu rồi bấm Đăng nhập.</source>
        <translation>Not logged in: enter the server address, user name and password, then press Log in.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector_app/ui/sync_dialog.py" line="128" />
        <source>Chờ gửi: %n văn bản.</source>
        <translation><numerusform>Waiting to send: %n document.</numerusform><numerusform>Waiting to send: %n documents.</numerusform></translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_dialog.py" line="129" />
        <source>Không có văn bản nào chờ gửi.</source>
        <translation>No document is waiting to be sent.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_dialog.py" line="150" />
        <source>Đang kết nối…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_dialog.py" line="164" />
        <source>Đang dừng sau lô hiện tại…</source>
        <translation>Stopping after the current batch…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_dialog.py" line="188" />
        <source>Đã gửi %1 văn bản (mới %2, đã có %3); %4 tệp đính kèm; %5 mục dữ liệu tham chiếu.</source>
        <translation>Sent %1 documents (%2 new, %3 already there); %4 attachments; %5 reference items.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_dialog.py" line="193" />
        <source>Còn %1 văn bản chờ gửi.</source>
        <translation>%1 documents still waiting to be sent.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_dialog.py" line="195" />
        <source>%1 văn bản bị từ chối hoặc xung đột (xem lý do bên dưới).</source>
        <translation>%1 documents rejected or in conflict (reasons below).</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_dialog.py" line="198" />
        <source>Đã hủy theo yêu cầu.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_dialog.py" line="201" />
        <source>Đồng bộ hoàn tất.</source>
        <translation>Sync complete.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_dialog.py" line="213" />
        <source>Máy chủ yêu cầu đăng nhập lại (phiên đăng nhập đã hết hạn hoặc thiết bị đã bị thu hồi). Nhập mật khẩu rồi bấm Đăng nhập; dữ liệu chưa gửi vẫn được giữ nguyên.</source>
        <translation>The server asks to log in again (the session expired or this device was revoked). Enter the password and press Log in; nothing waiting to be sent is lost.</translation>
    </message>
</context>
<context>
    <name>SyncProblemModel</name>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="422" />
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="423" />
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="424" />
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="430" />
        <source>Xung đột</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="430" />
        <source>Bị từ chối</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Thiếu tệp đính kèm</source>
        <translation>Attachments missing</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="430" />
        <source>Sẽ gửi lại</source>
        <translation>Will retry</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="431" />
        <source>Đã nhận</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="431" />
        <source>Đã có trên máy chủ</source>
        <translation>Already on server</translation>
    </message>
</context>
<context>
    <name>ViolationTableModel</name>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="483" />
        <source>Căn cứ</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="484" />
        <source>Hành vi</source>
        <translation>Violation</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="485" />
        <source>Mức phạt (đồng)</source>
        <translation>Fine (VND)</translation>
    </message>
</context>
<context>
    <name>ViolationsPanel</name>
    <message>
        <location filename="../../inspector_app/ui/violations_panel.py" line="82" />
        <source>Tìm hành vi trong danh mục (vd: hàng giả, nhập lậu, Điều 15)</source>
        <translation>Search the catalogue of violations (e.g. counterfeit, smuggled, Article 15)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/violations_panel.py" line="94" />
        <source>Thêm vào vụ việc</source>
        <translation>Add to case</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/violations_panel.py" line="112" />
        <source>đồng</source>
        <translation>VND</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/violations_panel.py" line="113" />
        <source>Cập nhật</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/violations_panel.py" line="115" />
        <source>Xóa vi phạm</source>
        <translation>Remove violation</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/violations_panel.py" line="118" />
        <source>Căn cứ phạt gấp hai lần (khoản 2 của điều)</source>
        <translation>Grounds for doubling the fine (clause 2 of the article)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/violations_panel.py" line="126" />
        <source>đồng (nếu xác định được)</source>
        <translation>VND (if known)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/violations_panel.py" line="127" />
        <source>Số lợi bất hợp pháp thu được: với điều có khung theo số lợi, điểm áp dụng là điểm cao hơn giữa trị giá hàng và số lợi.</source>
        <translation>Illegal profit made: where the article has profit bands, the point that applies is the higher of the goods value's and the profit's.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/violations_panel.py" line="149" />
        <source>Danh mục hành vi vi phạm</source>
        <translation>Violation catalogue</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/violations_panel.py" line="167" />
        <source>Vi phạm của vụ việc</source>
        <translation>Violations of the case</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/violations_panel.py" line="171" />
        <source>Mô tả hành vi</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/violations_panel.py" line="173" />
        <source>Điểm</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/violations_panel.py" line="175" />
        <source>Mức phạt</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/violations_panel.py" line="180" />
        <source>Số lợi bất hợp pháp</source>
        <translation>Illegal profit</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/violations_panel.py" line="275" />
        <source>tổ chức</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/violations_panel.py" line="275" />
        <source>cá nhân</source>
        <translation>individual</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/violations_panel.py" line="276" />
        <source>Khung phạt (%1): %2 – %3 đồng; mức thường áp dụng %4 đồng.</source>
        <translation>Fine range (%1): %2 – %3 VND; usual amount %4 VND.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/violations_panel.py" line="283" />
        <source>Có thể phạt cảnh cáo.</source>
        <translation>A warning is possible.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/violations_panel.py" line="286" />
        <source>Khung phạt CHƯA XÁC MINH (độ tin cậy %1): đối chiếu văn bản chính thức (Công báo, văn bản hợp nhất) trước khi áp dụng.</source>
        <translation>Fine range NOT VERIFIED (confidence %1): check it against the official text (Official Gazette, consolidated text) before applying it.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/violations_panel.py" line="378" />
        <source>Phạt gấp %1 lần mức phạt (khoản %2 của điều)</source>
        <translation>Fine multiplied by %1 (clause %2 of the article)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/violations_panel.py" line="406" />
        <location filename="../../inspector_app/ui/violations_panel.py" line="461" />
        <source>Số lợi bất hợp pháp phải là số nguyên đồng</source>
        <translation>The illegal profit must be a whole number of VND</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/violations_panel.py" line="441" />
        <source>Bằng chữ: %1</source>
        <translation>In words: %1</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/violations_panel.py" line="401" />
        <location filename="../../inspector_app/ui/violations_panel.py" line="455" />
        <source>Mức phạt phải là số nguyên đồng</source>
        <translation>The fine must be whole VND</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../inspector_app/ui/progress.py" line="23" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../inspector_app/ui/startup.py" line="121" />
        <source>Không mở được dữ liệu</source>
        <translation>Cannot open data</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/startup.py" line="122" />
        <source>Không mở được cơ sở dữ liệu trong thư mục %1.</source>
        <translation>Could not open the database in folder %1.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/startup.py" line="156" />
        <source>Chưa sao lưu được: %1</source>
        <translation>Backup failed: %1</translation>
    </message>
</context>
<context><name>KindLabel</name><message><source>Mẫu</source><translation>Form</translation></message><message><source>Quyết định kiểm tra việc chấp hành pháp luật trong sản xuất, kinh doanh hàng hóa, dịch vụ</source><translation>Inspection decision (compliance in production and trade of goods and services)</translation></message><message><source>Biên bản kiểm tra</source><translation>Inspection record</translation></message><message><source>Bảng kê tang vật, phương tiện, hàng hóa, giấy tờ</source><translation>List of exhibits, means, goods and papers</translation></message><message><source>Biên bản vi phạm hành chính</source><translation>Record of administrative violation</translation></message><message><source>Biên bản tạm giữ tang vật, phương tiện vi phạm hành chính, giấy phép, chứng chỉ hành nghề</source><translation>Record of seizure of exhibits, means, licences and practising certificates</translation></message><message><source>Biên bản niêm phong tang vật, phương tiện vi phạm hành chính bị tạm giữ theo thủ tục hành chính</source><translation>Record of sealing of seized exhibits and means</translation></message><message><source>Biên bản mở niêm phong tang vật, phương tiện vi phạm hành chính bị tạm giữ theo thủ tục hành chính</source><translation>Record of unsealing of seized exhibits and means</translation></message><message><source>Quyết định xử phạt vi phạm hành chính</source><translation>Decision on administrative penalty</translation></message></context><context><name>FieldLabel</name><message><source>Căn cứ ban hành (kế hoạch/phương án/đề xuất)</source><translation>Basis (plan/scheme/proposal)</translation></message><message><source>Địa điểm kiểm tra</source><translation>Place of inspection</translation></message><message><source>Nội dung kiểm tra</source><translation>Scope of inspection</translation></message><message><source>Thời hạn kiểm tra (ngày làm việc)</source><translation>Duration (working days)</translation></message><message><source>Văn bản kéo dài thời hạn kiểm tra (số, ngày) nếu quá 03 ngày</source><translation>Written extension (number, date) beyond 03 days</translation></message><message><source>Chức vụ người ban hành</source><translation>Issuer's position</translation></message><message><source>Họ tên người ban hành</source><translation>Issuer's name</translation></message><message><source>Cấp phó ký thay (KT.)</source><translation>Signed by a deputy (KT.)</translation></message><message><source>Nơi nhận</source><translation>Recipients</translation></message><message><source>Số quyết định kiểm tra</source><translation>Inspection decision number</translation></message><message><source>Ngày quyết định kiểm tra</source><translation>Inspection decision date</translation></message><message><source>Người/cơ quan ban hành quyết định kiểm tra</source><translation>Issuer of the inspection decision</translation></message><message><source>Kết quả kiểm tra</source><translation>Inspection results</translation></message><message><source>Vi phạm/dấu hiệu vi phạm phát hiện</source><translation>Violations or signs found</translation></message><message><source>Biện pháp đã áp dụng/đề xuất</source><translation>Measures taken or proposed</translation></message><message><source>Ý kiến của đối tượng kiểm tra</source><translation>Opinion of the inspected party</translation></message><message><source>Ý kiến của người chứng kiến, cơ quan phối hợp</source><translation>Opinion of witnesses and coordinating agencies</translation></message><message><source>Ý kiến, kiến nghị, đề xuất của Đoàn kiểm tra</source><translation>Opinions and proposals of the inspection team</translation></message><message><source>Thời điểm lập xong biên bản</source><translation>Record completed at</translation></message><message><source>Số bản được lập</source><translation>Number of copies</translation></message><message><source>Lý do lập biên bản tại nơi khác nơi xảy ra vi phạm</source><translation>Why the record was made away from the scene</translation></message><message><source>Dẫn chiếu bảng kê đã có: số</source><translation>Existing list cited: number</translation></message><message><source>Dẫn chiếu bảng kê đã có: ngày</source><translation>Existing list cited: date</translation></message><message><source>Dẫn chiếu bảng kê đã có: số tờ</source><translation>Existing list cited: sheets</translation></message><message><source>Dẫn chiếu bảng kê đã có: kèm theo biên bản (số, ngày)</source><translation>Existing list cited: attached to record (number, date)</translation></message><message><source>Kèm theo biên bản (số, ký hiệu)</source><translation>Attached to record (number, symbol)</translation></message><message><source>Mã văn bản kèm theo</source><translation>Id of the attached document</translation></message><message><source>Ngày lập biên bản kèm theo</source><translation>Date of the attached record</translation></message><message><source>Căn cứ lập biên bản</source><translation>Basis of the record</translation></message><message><source>Thời gian xảy ra vi phạm</source><translation>Time of the violation</translation></message><message><source>Địa điểm xảy ra vi phạm</source><translation>Place of the violation</translation></message><message><source>Cá nhân/tổ chức bị thiệt hại</source><translation>Injured person or organisation</translation></message><message><source>Ý kiến trình bày của người vi phạm</source><translation>Statement of the violator</translation></message><message><source>Ý kiến của đại diện chính quyền, người chứng kiến</source><translation>Opinion of the local authority and witnesses</translation></message><message><source>Ý kiến của người bị thiệt hại</source><translation>Opinion of the injured party</translation></message><message><source>Biện pháp ngăn chặn đã áp dụng</source><translation>Preventive measures taken</translation></message><message><source>Tạm giữ tang vật ngay trong biên bản này</source><translation>Exhibits seized in this record</translation></message><message><source>Quyền giải trình</source><translation>Right to explain</translation></message><message><source>Quyền giải trình theo từng hành vi (có/không)</source><translation>Right to explain, per act (yes/no)</translation></message><message><source>Người đại diện theo ủy quyền</source><translation>Authorised representative</translation></message><message><source>Giới tính người đại diện theo ủy quyền</source><translation>Sex of the authorised representative</translation></message><message><source>Cha mẹ/người giám hộ (người vi phạm chưa thành niên)</source><translation>Parent or guardian (violator under 18)</translation></message><message><source>Người có thẩm quyền nhận giải trình</source><translation>Authority receiving explanations</translation></message><message><source>Hẹn có mặt để giải quyết (thời điểm)</source><translation>Summoned to appear (time)</translation></message><message><source>Hẹn có mặt để giải quyết (địa điểm)</source><translation>Summoned to appear (place)</translation></message><message><source>Nhận biên bản, quyết định bằng phương thức điện tử</source><translation>Receives records and decisions electronically</translation></message><message><source>Căn cứ tạm giữ (quyết định tạm giữ hoặc khoản 2 Điều 125)</source><translation>Basis of seizure (decision or Art. 125(2))</translation></message><message><source>Lý do tạm giữ</source><translation>Reason for seizure</translation></message><message><source>Chủ sở hữu/người quản lý (nếu khác người vi phạm)</source><translation>Owner or manager (if not the violator)</translation></message><message><source>Việc niêm phong (nếu có)</source><translation>Sealing (if any)</translation></message><message><source>Nơi bảo quản tang vật</source><translation>Where the exhibits are kept</translation></message><message><source>Căn cứ (quyết định/biên bản tạm giữ)</source><translation>Basis (seizure decision or record)</translation></message><message><source>Nơi bảo quản</source><translation>Kept at</translation></message><message><source>Người chịu trách nhiệm bảo quản</source><translation>Keeper</translation></message><message><source>Cách thức niêm phong</source><translation>How it was sealed</translation></message><message><source>Căn cứ mở niêm phong</source><translation>Basis of unsealing</translation></message><message><source>Lý do mở niêm phong</source><translation>Reason for unsealing</translation></message><message><source>Đối chiếu tang vật với bảng kê</source><translation>Exhibits checked against the list</translation></message><message><source>Niêm phong lại/bàn giao tang vật sau khi mở</source><translation>Resealing or handover after opening</translation></message><message><source>Chức vụ người ra quyết định</source><translation>Decision maker's position</translation></message><message><source>Họ tên người ra quyết định</source><translation>Decision maker's name</translation></message><message><source>Cấp phó được giao quyền ký (KT.)</source><translation>Signed by an authorised deputy (KT.)</translation></message><message><source>Số biên bản vi phạm hành chính</source><translation>Violation record number</translation></message><message><source>Ngày lập biên bản vi phạm hành chính</source><translation>Violation record date</translation></message><message><source>Căn cứ khác (giải trình, xác minh, giao quyền)</source><translation>Other basis (explanations, verification, delegation)</translation></message><message><source>Tình tiết tăng nặng</source><translation>Aggravating circumstances</translation></message><message><source>Tình tiết giảm nhẹ</source><translation>Mitigating circumstances</translation></message><message><source>Tổng số tiền phạt (đồng)</source><translation>Total fine (VND)</translation></message><message><source>Hình thức xử phạt bổ sung</source><translation>Additional penalties</translation></message><message><source>Biện pháp khắc phục hậu quả</source><translation>Remedial measures</translation></message><message><source>Thời hạn thực hiện biện pháp khắc phục hậu quả (ngày)</source><translation>Time limit for remedial measures (days)</translation></message><message><source>Ngày có hiệu lực</source><translation>Effective date</translation></message><message><source>Nộp tiền phạt vào tài khoản (Kho bạc/ngân hàng)</source><translation>Pay the fine into account (treasury/bank)</translation></message><message><source>Thời hạn nộp phạt (ngày)</source><translation>Payment period (days)</translation></message></context><context><name>FieldChoice</name><message><source>Không được quyền giải trình (không thuộc khoản 1 Điều 61 Luật XLVPHC)</source><translation>No right to explain (not a case of Art. 61(1) of the Law on Administrative Violations)</translation></message><message><source>Được quyền giải trình; người vi phạm muốn giải trình trực tiếp (in cả thời hạn 02 và 05 ngày)</source><translation>Right to explain; the violator wants to explain in person (both the 02-day and 05-day terms print)</translation></message><message><source>Được quyền giải trình (in cả thời hạn 02 ngày giải trình trực tiếp và 05 ngày bằng văn bản)</source><translation>Right to explain (both terms print: 02 days to ask for a hearing, 05 days to explain in writing)</translation></message></context><context><name>CoreMessage</name><message><source>Chưa nhập: %1</source><translation>Missing: %1</translation></message><message><source>%1 không đúng định dạng ngày (YYYY-MM-DD)</source><translation>%1 is not a date (YYYY-MM-DD)</translation></message><message><source>%1 không được ở tương lai</source><translation>%1 cannot be in the future</translation></message><message><source>%1 không đúng định dạng thời gian (YYYY-MM-DDTHH:MM)</source><translation>%1 is not a date and time (YYYY-MM-DDTHH:MM)</translation></message><message><source>%1 phải là văn bản</source><translation>%1 must be text</translation></message><message><source>%1 phải là số nguyên</source><translation>%1 must be a whole number</translation></message><message><source>%1 phải lớn hơn 0</source><translation>%1 must be more than 0</translation></message><message><source>%1 phải là có/không</source><translation>%1 must be yes or no</translation></message><message><source>%1 phải là danh sách dòng văn bản</source><translation>%1 must be a list of text lines</translation></message><message><source>%1: hãy chọn một trong: %2</source><translation>%1: choose one of: %2</translation></message><message><source>Chưa nhập tên đối tượng</source><translation>The subject's name is missing</translation></message><message><source>Chưa nhập địa chỉ</source><translation>The address is missing</translation></message><message><source>Chưa nhập mã số doanh nghiệp/mã số thuế</source><translation>The enterprise/tax code is missing</translation></message><message><source>Chưa nhập người đại diện theo pháp luật</source><translation>The legal representative is missing</translation></message><message><source>Chưa nhập sàn/nền tảng bán hàng</source><translation>The marketplace/platform is missing</translation></message><message><source>Cần địa chỉ gian hàng hoặc mã tài khoản người bán</source><translation>The shop's address or the seller's account id is needed</translation></message><message><source>Địa chỉ gian hàng phải bắt đầu bằng http:// hoặc https://</source><translation>The shop's address must start with http:// or https://</translation></message><message><source>Chưa nhập tên hàng hóa</source><translation>The name of the goods is missing</translation></message><message><source>Chưa nhập đơn vị tính</source><translation>The unit of measure is missing</translation></message><message><source>Số lượng phải lớn hơn 0</source><translation>The quantity must be more than 0</translation></message><message><source>Số lượng không được vượt quá %1</source><translation>The quantity cannot exceed %1</translation></message><message><source>Đơn giá không được âm</source><translation>The unit price cannot be negative</translation></message><message><source>Đơn giá không được vượt quá %1</source><translation>The unit price cannot exceed %1</translation></message><message><source>Trị giá không được âm</source><translation>The value cannot be negative</translation></message><message><source>Trị giá không được vượt quá %1</source><translation>The value cannot exceed %1</translation></message><message><source>Loại văn bản không được hỗ trợ: %1</source><translation>Document kind not supported: %1</translation></message><message><source>Chưa nhập địa điểm lập văn bản</source><translation>The place where the document is drawn up is missing</translation></message><message><source>Chưa nhập thời điểm lập văn bản</source><translation>The time the document is drawn up is missing</translation></message><message><source>Chưa cấu hình mã đơn vị</source><translation>The unit code is not set up</translation></message><message><source>Chưa cấu hình tên đơn vị</source><translation>The unit name is not set up</translation></message><message><source>Chưa cấu hình tên cơ quan chủ quản</source><translation>The parent agency is not set up</translation></message><message><source>Chưa cấu hình địa danh</source><translation>The place name is not set up</translation></message><message><source>Chưa nhập đối tượng (cá nhân/tổ chức)</source><translation>The subject (individual/organisation) is missing</translation></message><message><source>Chưa nhập họ tên</source><translation>The name is missing</translation></message><message><source>Ghi rõ lý do không ký biên bản</source><translation>State why they did not sign</translation></message><message><source>Đoàn kiểm tra phải có đúng một Trưởng đoàn</source><translation>The inspection team must have exactly one team leader</translation></message><message><source>Đoàn kiểm tra phải có ít nhất 2 công chức</source><translation>The inspection team must have at least 2 officers</translation></message><message><source>Trưởng đoàn phải có số thẻ kiểm tra thị trường</source><translation>The team leader needs a market inspection card number</translation></message><message><source>Biên bản kiểm tra phải ghi Trưởng đoàn kiểm tra</source><translation>The inspection minutes must name the team leader</translation></message><message><source>Chưa có người có thẩm quyền lập biên bản</source><translation>No officer competent to draw up the minutes yet</translation></message><message><source>Đối tượng vắng mặt: cần đại diện chính quyền cấp xã hoặc người chứng kiến</source><translation>The subject is absent: a commune authority representative or a witness is needed</translation></message><message><source>Người vi phạm không ký: cần hai người chứng kiến</source><translation>The offender does not sign: two witnesses are needed</translation></message><message><source>Người vi phạm không ký: cần đại diện chính quyền hoặc người chứng kiến</source><translation>The offender does not sign: an authority representative or a witness is needed</translation></message><message><source>Chưa có hàng hóa, tang vật nào</source><translation>No goods or exhibits yet</translation></message><message><source>Phải có ít nhất một hành vi vi phạm và căn cứ pháp lý</source><translation>At least one violation with its legal basis is needed</translation></message><message><source>Chưa ghi nghị định</source><translation>The decree is missing</translation></message><message><source>Điều, khoản phải là số dương</source><translation>Article and clause must be positive numbers</translation></message><message><source>Chưa mô tả hành vi vi phạm</source><translation>The violation is not described</translation></message><message><source>Số tiền phạt không được âm</source><translation>The fine cannot be negative</translation></message><message><source>Số lợi bất hợp pháp không được âm</source><translation>The illegal profit cannot be negative</translation></message><message><source>Chưa có niêm phong nào</source><translation>No seals yet</translation></message><message><source>Chưa ghi số hiệu niêm phong</source><translation>The seal numbers are missing</translation></message><message><source>Chưa ghi niêm phong những gì</source><translation>What is sealed is missing</translation></message><message><source>Ghi tình trạng niêm phong khi mở (còn nguyên/bị hư hỏng)</source><translation>State the seal's condition when opened (intact/damaged)</translation></message><message><source>Trường không thuộc mẫu này</source><translation>This field is not part of the form</translation></message><message><source>Tổng tiền phạt không bằng tổng mức phạt từng hành vi</source><translation>The total fine differs from the sum of the fines per violation</translation></message><message><source>Cần số hiệu công chức để cấp số văn bản</source><translation>An officer number is needed to number the document</translation></message><message><source>Người ký (người lập biên bản/Trưởng đoàn) chưa có số hiệu công chức: số văn bản phải mang số hiệu của người ký</source><translation>The signer (drafter/team leader) has no officer number: the document number carries the signer's number</translation></message><message><source>Mã số thuế phải gồm 10 chữ số, hoặc 13 chữ số (10 số và 3 số chi nhánh)</source><translation>A tax code has 10 digits, or 13 (10 and a 3-digit branch number)</translation></message><message><source>Mã số thuế sai chữ số kiểm tra</source><translation>Wrong check digit in the tax code</translation></message><message><source>Mã chi nhánh (3 số cuối) phải từ 001 đến 999</source><translation>The branch number (last 3 digits) must be 001 to 999</translation></message><message><source>Số CCCD/định danh cá nhân phải gồm đúng 12 chữ số</source><translation>A citizen ID (CCCD) number has exactly 12 digits</translation></message><message><source>Mã tỉnh %1 trong số CCCD không tồn tại</source><translation>Province code %1 in the CCCD number does not exist</translation></message><message><source>Số CCCD không khớp với năm sinh</source><translation>The CCCD number does not match the year of birth</translation></message><message><source>Số CCCD không khớp với giới tính</source><translation>The CCCD number does not match the sex</translation></message><message><source>Mã vạch chỉ gồm chữ số</source><translation>A barcode has digits only</translation></message><message><source>Mã vạch phải có 8, 12, 13 hoặc 14 chữ số (EAN-8, UPC-A, EAN-13, GTIN-14)</source><translation>A barcode has 8, 12, 13 or 14 digits (EAN-8, UPC-A, EAN-13, GTIN-14)</translation></message><message><source>Mã vạch %1 sai chữ số kiểm tra</source><translation>Wrong check digit in the %1 barcode</translation></message><message><source>%1 phải là số nguyên đồng (ví dụ 25000000 hoặc 25.000.000), không phải “%2”.</source><translation>%1 must be a whole number of VND (e.g. 25000000 or 25.000.000), not “%2”.</translation></message><message><source>%1 phải là một số (ví dụ 2,5 hoặc 1.250), không phải “%2”.</source><translation>%1 must be a number (e.g. 2,5 or 1.250), not “%2”.</translation></message><message><source>Số lượng</source><translation>The quantity</translation></message><message><source>Đơn giá</source><translation>The unit price</translation></message><message><source>Số tiền</source><translation>The amount</translation></message><message><source>Trị giá</source><translation>The value</translation></message><message><source>Mức phạt</source><translation>The fine</translation></message><message><source>%1 trị giá “%2” không được âm</source><translation>%1: the value “%2” cannot be negative</translation></message><message><source>Chưa thể hoàn tất văn bản:</source><translation>Cannot finalise the document yet:</translation></message><message><source>Dữ liệu chưa hợp lệ:</source><translation>Invalid data:</translation></message><message><source>Ghi rõ lý do bỏ qua cảnh báo (ít nhất %1 ký tự): căn cứ, văn bản đã đối chiếu</source><translation>Give the reason for confirming past the warning (at least %1 characters): the basis, the text checked</translation></message><message><source>Bản nháp có thể sửa trực tiếp, không cần lập văn bản thay thế</source><translation>A draft can be edited directly; no replacement document is needed</translation></message><message><source>Không còn cảnh báo này trên văn bản (dữ liệu đã thay đổi); hãy xem lại danh sách vấn đề.</source><translation>This warning is no longer on the document (the data changed); look at the problem list again.</translation></message><message><source>Ký hiệu phải là %1</source><translation>The symbol must be %1</translation></message><message><source>Quyết định của đơn vị cần số do người dùng nhập hoặc do HQ cấp</source><translation>A unit decision needs a number typed by the user or issued by HQ</translation></message><message><source>Đã chọn ghi số bằng tay: không nhập số</source><translation>Numbering by hand was chosen: type no number</translation></message><message><source>Hành vi %1 (%2): mức %3 ngoài khung %4 – %5 đối với %6 tại %7</source><translation>Act %1 (%2): the fine %3 is outside the range %4 – %5 for %6 under %7</translation></message><message><source>Ngày sinh</source><translation>The date of birth</translation></message><message><source>Ngày cấp</source><translation>The date of issue</translation></message><message><source>%1 phải lớn hơn %2 (đã nhập “%3”).</source><translation>%1 must be more than %2 (typed “%3”).</translation></message><message><source>%1 không được âm: %2</source><translation>%1 cannot be negative: %2</translation></message><message><source>%1 “%2” không rõ nghĩa: viết %3 (không dấu chấm) hoặc %4</source><translation>%1 “%2” is ambiguous: write %3 (no dot) or %4</translation></message><message><source>Bắt đầu kiểm tra theo quyết định kiểm tra</source><translation>Start the inspection under the inspection decision</translation></message><message><source>Kết thúc kiểm tra tại địa điểm kiểm tra</source><translation>End the inspection at the inspected place</translation></message><message><source>Báo cáo, đề xuất của Trưởng đoàn gửi người ban hành quyết định kiểm tra</source><translation>Team leader's report and proposals to the issuer of the inspection decision</translation></message><message><source>Lập biên bản vi phạm hành chính (MBB01)</source><translation>Draw up the violation minutes (MBB01)</translation></message><message><source>Quyền giải trình của người vi phạm</source><translation>The offender's right to explain</translation></message><message><source>Ra quyết định xử phạt vi phạm hành chính (MQĐ02)</source><translation>Issue the penalty decision (MQĐ02)</translation></message><message><source>Hết thời hạn tạm giữ tang vật, phương tiện, giấy phép, chứng chỉ hành nghề</source><translation>End of the seizure of exhibits, means, licences and practising certificates</translation></message><message><source>Giao quyết định xử phạt cho người vi phạm</source><translation>Deliver the penalty decision to the offender</translation></message><message><source>Chấp hành quyết định xử phạt, nộp tiền phạt</source><translation>Comply with the penalty decision, pay the fine</translation></message><message><source>Số hóa văn bản giấy vào hệ thống INS</source><translation>Scan the paper document into the INS system</translation></message><message><source>Thông báo bằng văn bản cho đối tượng khi không phát hiện vi phạm</source><translation>Notify the subject in writing when no violation was found</translation></message><message><source>Công bố quyết định kiểm tra (bắt đầu kiểm tra)</source><translation>Inspection decision announced (inspection starts)</translation></message><message><source>Phát hiện vi phạm hành chính</source><translation>Administrative violation found</translation></message><message><source>Tạm giữ tang vật</source><translation>Exhibits seized</translation></message><message><source>Biên bản kiểm tra</source><translation>Inspection minutes</translation></message><message><source>Biên bản kiểm tra %1</source><translation>Inspection minutes %1</translation></message><message><source>Biên bản vi phạm hành chính</source><translation>Violation minutes</translation></message><message><source>Biên bản vi phạm hành chính %1</source><translation>Violation minutes %1</translation></message><message><source>Quyết định xử phạt</source><translation>Penalty decision</translation></message><message><source>Quyết định xử phạt %1</source><translation>Penalty decision %1</translation></message><message><source>Ký văn bản %1</source><translation>Document %1 signed</translation></message><message><source>TT 22 Mẫu %1</source><translation>TT 22 Form %1</translation></message><message><source>%1 — %2</source><translation>%1 — %2</translation></message><message><source>Hàng hóa, dòng %1</source><translation>Goods, row %1</translation></message><message><source>Hành vi vi phạm %1</source><translation>Violation %1</translation></message><message><source>Niêm phong %1</source><translation>Seal %1</translation></message><message><source>Người tham gia %1</source><translation>Participant %1</translation></message><message><source>Tệp đính kèm %1</source><translation>Attachment %1</translation></message><message><source>Số văn bản</source><translation>Document number</translation></message><message><source>Địa điểm lập</source><translation>Place drawn up</translation></message><message><source>Thời điểm lập</source><translation>Time drawn up</translation></message><message><source>Đối tượng</source><translation>Subject</translation></message><message><source>Hàng hóa</source><translation>Goods</translation></message><message><source>Hành vi vi phạm</source><translation>Violations</translation></message><message><source>Niêm phong</source><translation>Seals</translation></message><message><source>Người tham gia</source><translation>Participants</translation></message><message><source>Phiên bản mẫu</source><translation>Form version</translation></message><message><source>Chưa có biên bản tạm giữ đã hoàn tất, lập trước biên bản niêm phong này</source><translation>No final seizure minutes drawn up before these sealing minutes</translation></message><message><source>Niêm phong số %1 không có trong biên bản niêm phong đã hoàn tất nào của vụ việc</source><translation>Seal no. %1 is in no final sealing minutes of the case</translation></message><message><source>Niêm phong số %1 được lập (%2) sau thời điểm mở niêm phong</source><translation>Seal no. %1 was made (%2) after the moment of opening</translation></message><message><source>Phát hiện vi phạm lúc %1; hạn lập biên bản %2 (%3); biên bản lập lúc %4</source><translation>Violation found at %1; the minutes were due %2 (%3); drawn up at %4</translation></message><message><source>Biên bản vi phạm hành chính lập ngày %1; hạn ra quyết định %2 (%3); quyết định ký ngày %4</source><translation>Violation minutes drawn up on %1; the decision was due %2 (%3); signed on %4</translation></message><message><source>%1 ghi người vi phạm có quyền giải trình; thời hạn giải trình đến hết %2 (%3); quyết định ký ngày %4</source><translation>%1 gives the violator the right to explain; the time to explain runs to the end of %2 (%3); the decision is signed on %4</translation></message><message><source>Lập xong lúc %1, trước khi bắt đầu lập (%2)</source><translation>Finished at %1, before it was begun (%2)</translation></message><message><source>Niêm phong %1 mở lúc %2, trước khi niêm phong (%3)</source><translation>Seal %1 opened at %2, before it was sealed (%3)</translation></message><message><source>Biên bản viện dẫn Biên bản kiểm tra nhưng vụ việc chưa có Biên bản kiểm tra đã hoàn tất</source><translation>The minutes cite the inspection minutes but the case has no final inspection minutes</translation></message><message><source>Biên bản lập lúc %1, trước khi kết thúc kiểm tra (%2 lập xong lúc %3)</source><translation>Minutes drawn up at %1, before the inspection ended (%2 finished at %3)</translation></message><message><source>Vụ việc chưa có biên bản vi phạm hành chính đã hoàn tất</source><translation>The case has no final violation minutes</translation></message><message><source>Số biên bản “%1” không khớp biên bản vi phạm hành chính đã hoàn tất của vụ việc (%2)</source><translation>Minutes number “%1” matches no final violation minutes of the case (%2)</translation></message><message><source>Quyết định ký lúc %1, trước khi lập %2 (%3)</source><translation>Decision signed at %1, before %2 was drawn up (%3)</translation></message><message><source>Ngày biên bản ghi %1 khác ngày lập %2 (%3)</source><translation>The minutes date given, %1, differs from the date of %2 (%3)</translation></message><message><source>Tang vật niêm phong %1 đang bảo quản tại “%2” nhưng biên bản mở niêm phong lập tại “%3”</source><translation>The exhibits under seal %1 are kept at “%2” but the unsealing minutes are drawn up at “%3”</translation></message><message><source>Văn bản lập xong lúc %1 viện dẫn niêm phong số %2 (%3)</source><translation>The document finished at %1 cites seal no. %2 (%3)</translation></message><message><source>chưa ghi thời điểm niêm phong</source><translation>sealing time not recorded</translation></message><message><source>%1 giờ %2 ngày %3</source><translation>%1:%2 on %3</translation></message><message><source>lúc %1</source><translation>at %1</translation></message><message><source>ngày %1</source><translation>on %1</translation></message><message><source>%1 đồng</source><translation>%1 VND</translation></message><message><source>trong thời hạn 02 ngày làm việc kể từ khi phát hiện vi phạm</source><translation>within 2 working days of finding the violation</translation></message><message><source>trong thời hạn 05 ngày làm việc (vụ việc phức tạp, phạm vi rộng) kể từ khi phát hiện vi phạm</source><translation>within 5 working days (complex or wide-ranging case) of finding the violation</translation></message><message><source>07 ngày làm việc kể từ ngày lập biên bản vi phạm hành chính</source><translation>7 working days from the violation minutes</translation></message><message><source>mức phạt %1 nằm ngoài khung từ %2 đến %3 (%4)</source><translation>the fine %1 is outside the range %2 to %3 (%4)</translation></message><message><source>Mức phạt %1 nằm ngoài khung từ %2 đến %3 (%4)</source><translation>The fine %1 is outside the range %2 to %3 (%4)</translation></message><message><source>mức phạt phải là số nguyên (đồng)</source><translation>the fine must be a whole number (VND)</translation></message><message><source>điểm %1 khoản %2 Điều %3 Nghị định số %4</source><translation>point %1, clause %2, Article %3 of Decree %4</translation></message><message><source>khoản %1 Điều %2 Nghị định số %3</source><translation>clause %1, Article %2 of Decree %3</translation></message><message><source>khoản %1 Điều %2 Nghị định số %3 (gấp %4 lần mức phạt tại %5)</source><translation>clause %1, Article %2 of Decree %3 (%4 times the fine of %5)</translation></message><message><source>điểm %1 khoản %2 Điều %3</source><translation>point %1, clause %2, Article %3</translation></message><message><source>khoản %1 Điều %2</source><translation>clause %1, Article %2</translation></message><message><source>Trị giá tang vật, hàng hóa vi phạm %1 (tổng %2 dòng hàng). %3</source><translation>Value of the exhibits and goods in violation: %1 (%2 goods rows in all). %3</translation></message><message><source>Trị giá tang vật, hàng hóa vi phạm %1 (tổng %2 dòng hàng; căn cứ xác định giá: %3). %4</source><translation>Value of the exhibits and goods in violation: %1 (%2 goods rows in all; valued on: %3). %4</translation></message><message><source>%1 thuộc %2 (%3): %4 đối với %5 từ %6 đến %7 (%8).</source><translation>%1 falls under %2 (%3): %4 for %5 from %6 to %7 (%8).</translation></message><message><source>%1 thuộc %2 (%3): %4 đối với %5 từ %6 đến %7.</source><translation>%1 falls under %2 (%3): %4 for %5 from %6 to %7.</translation></message><message><source>Mức phạt tại %1 (không phụ thuộc trị giá hàng hóa): %2 đối với %3 từ %4 đến %5 (%6).</source><translation>The fine of %1 (independent of the value of the goods): %2 for %3 from %4 to %5 (%6).</translation></message><message><source>Mức phạt tại %1 (không phụ thuộc trị giá hàng hóa): %2 đối với %3 từ %4 đến %5.</source><translation>The fine of %1 (independent of the value of the goods): %2 for %3 from %4 to %5.</translation></message><message><source>Trị giá hàng hóa vi phạm %1</source><translation>A value of the goods in violation of %1</translation></message><message><source>Số lợi bất hợp pháp %1</source><translation>An illegal profit of %1</translation></message><message><source>phạt tiền</source><translation>a fine</translation></message><message><source>phạt cảnh cáo hoặc phạt tiền</source><translation>a warning or a fine</translation></message><message><source>tổ chức</source><translation>an organisation</translation></message><message><source>cá nhân</source><translation>an individual</translation></message><message><source>hàng hóa vi phạm có giá trị dưới %1</source><translation>goods in violation worth less than %1</translation></message><message><source>hàng hóa vi phạm có giá trị dưới %1 (phạt cảnh cáo hoặc phạt tiền)</source><translation>goods in violation worth less than %1 (a warning or a fine)</translation></message><message><source>hàng hóa vi phạm có giá trị từ %1 đến dưới %2</source><translation>goods in violation worth from %1 to less than %2</translation></message><message><source>hàng hóa vi phạm có giá trị đến %1</source><translation>goods in violation worth up to %1</translation></message><message><source>trị giá hàng thật tương đương dưới %1 hoặc thu lợi bất hợp pháp dưới %2</source><translation>genuine goods of equivalent value below %1 or an illegal profit below %2</translation></message><message><source>trị giá hàng thật tương đương từ %1 đến dưới %2 hoặc thu lợi bất hợp pháp từ %3 đến dưới %4</source><translation>genuine goods of equivalent value from %1 to less than %2 or an illegal profit from %3 to less than %4</translation></message><message><source>trị giá hàng thật tương đương từ %1 trở lên hoặc thu lợi bất hợp pháp từ %2 trở lên mà không bị truy cứu trách nhiệm hình sự</source><translation>genuine goods of equivalent value of %1 or more or an illegal profit of %2 or more, without criminal prosecution</translation></message><message><source>Tổ chức: gấp %1 lần mức đối với cá nhân (%2)</source><translation>Organisation: %1 times the amounts for an individual (%2)</translation></message><message><source>Cá nhân: bằng 1/%1 mức đối với tổ chức (%2)</source><translation>Individual: 1/%1 of the amounts for an organisation (%2)</translation></message><message><source>×%1 theo khoản %2 Điều %3: %4</source><translation>×%1 under clause %2, Article %3: %4</translation></message><message><source>Nghị định số %1, sửa đổi bởi Nghị định số %2 (điều khoản về mức phạt tiền)</source><translation>Decree %1, amended by Decree %2 (the provisions on fines)</translation></message><message><source>Khoản %1 Điều %2 Nghị định số %3, sửa đổi bởi Nghị định số %4</source><translation>Clause %1, Article %2 of Decree %3, amended by Decree %4</translation></message><message><source>Điều 24 Luật Xử lý vi phạm hành chính</source><translation>Article 24 of the Law on Handling Administrative Violations</translation></message><message><source>Có thể phạt cảnh cáo.</source><translation>A warning is possible.</translation></message><message><source>trị giá hàng hóa dưới %1</source><translation>goods worth less than %1</translation></message><message><source>trị giá hàng hóa từ %1 đến dưới %2</source><translation>goods worth from %1 to less than %2</translation></message><message><source>trị giá hàng hóa từ %1 trở lên</source><translation>goods worth %1 or more</translation></message><message><source>Khung tiền phạt cho trị giá %1 tại %2 chưa có trong danh mục (chưa kiểm chứng); tra văn bản hợp nhất và nhập mức phạt thủ công.</source><translation>The fine range for a value of %1 under %2 is not in the catalogue (not verified); look it up in the consolidated text and enter the fine by hand.</translation></message><message><source>%1 phạt theo số lượng; khung theo số lượng chưa có trong danh mục — tra văn bản hợp nhất và nhập mức phạt thủ công.</source><translation>%1 fines by quantity; the ranges by quantity are not in the catalogue — look them up in the consolidated text and enter the fine by hand.</translation></message><message><source>%1 phạt theo trị giá hàng hóa: cần nhập trị giá.</source><translation>%1 fines by the value of the goods: enter the value.</translation></message><message><source>Khoản %1 Điều %2 Nghị định số %3</source><translation>Clause %1, Article %2 of Decree %3</translation></message><message><source>Điểm %1 khoản %2 Điều %3 Nghị định số %4</source><translation>Point %1, clause %2, Article %3 of Decree %4</translation></message></context><context><name>LegalRule</name><message><source>Mức phạt ngoài khung tiền phạt của điểm, khoản đã viện dẫn. Sửa mức phạt về trong khung (đã tính cho cá nhân/tổ chức), hoặc sửa điểm, khoản viện dẫn cho đúng hành vi và trị giá hàng hóa. (Căn cứ: Khoản 4 Điều 23 Luật Xử lý vi phạm hành chính; khoản 4 Điều 4 Nghị định số 98/2020/NĐ-CP (tổ chức gấp 02 lần, trừ các điều ngoại lệ).)</source><translation>The fine is outside the range of the cited point and clause. Bring the fine within the range (computed for an individual/organisation), or correct the cited point and clause to fit the act and the value of the goods. (Legal basis: Article 23(4) of the Law on Handling Administrative Violations; Article 4(4) of Decree 98/2020/NĐ-CP (organisations twice, except the listed articles).)</translation></message><message><source>Mức phạt gấp hai lần nhưng hành vi chưa ghi căn cứ gấp hai lần. Nếu có căn cứ (ví dụ hàng giả là thực phẩm, thuốc; mỹ phẩm; người vi phạm trực tiếp nhập lậu), chọn căn cứ đó cho hành vi trong phần Vi phạm của vụ việc; nếu không, sửa mức phạt về khung thông thường. (Căn cứ: Khoản 2 các Điều 9, 10, 11, 15 Nghị định số 98/2020/NĐ-CP (phạt gấp hai lần mức tại khoản 1).)</source><translation>The fine is doubled but no ground for doubling is recorded for the act. If there is a ground (e.g. counterfeit food or medicine; cosmetics; the offender smuggled the goods in directly), choose it for the act in the case's Violations; otherwise bring the fine back into the normal range. (Legal basis: Clause 2 of Articles 9, 10, 11, 15 of Decree 98/2020/NĐ-CP (twice the fines of clause 1).)</translation></message><message><source>Căn cứ gấp hai lần đã chọn không thuộc điều khoản đã viện dẫn. Bỏ căn cứ gấp hai lần không có trong điều khoản của hành vi, hoặc sửa điều, khoản viện dẫn cho đúng hành vi. (Căn cứ: Khoản 2 các Điều 9, 10, 11, 15 Nghị định số 98/2020/NĐ-CP.)</source><translation>The chosen ground for doubling is not in the cited article and clause. Remove the ground for doubling that is not in the act's article and clause, or correct the cited article and clause. (Legal basis: Clause 2 of Articles 9, 10, 11, 15 of Decree 98/2020/NĐ-CP.)</translation></message><message><source>Điểm viện dẫn không khớp trị giá hàng hóa vi phạm. Sửa điểm viện dẫn theo trị giá tang vật (hoặc số lợi bất hợp pháp), hoặc kiểm tra lại trị giá các dòng hàng. (Căn cứ: Điều 5 Nghị định số 98/2020/NĐ-CP; Điều 60 Luật Xử lý vi phạm hành chính.)</source><translation>The cited point does not match the value of the goods. Cite the point for the value of the exhibits (or the illegal profit), or check the value of the goods rows. (Legal basis: Article 5 of Decree 98/2020/NĐ-CP; Article 60 of the Law on Handling Administrative Violations.)</translation></message><message><source>Chưa xác định được trị giá hàng hóa vi phạm. Nhập trị giá hoặc đơn giá cho mọi dòng hàng của hành vi (khung tiền phạt tính theo trị giá). (Căn cứ: Điều 60 Luật Xử lý vi phạm hành chính.)</source><translation>The value of the goods in violation is not known. Enter the value or the unit price of every goods row of the act (the fine range depends on the value). (Legal basis: Article 60 of the Law on Handling Administrative Violations.)</translation></message><message><source>Khung tiền phạt trong danh mục chưa xác minh. Đối chiếu khung tiền phạt với văn bản chính thức (Công báo, văn bản hợp nhất) rồi xác nhận, ghi rõ văn bản đã đối chiếu. (Căn cứ: Danh mục vi phạm của ứng dụng (resources/reference/violation_catalog.json).)</source><translation>The fine range in the catalogue is not verified. Check the fine range against the official text (Official Gazette, consolidated text), then confirm, naming the text checked. (Legal basis: The app's violation catalogue (resources/reference/violation_catalog.json).)</translation></message><message><source>Khung tiền phạt chưa có trong danh mục. Tra khung tiền phạt trong văn bản chính thức, xác nhận mức phạt và ghi rõ điều khoản đã tra. (Căn cứ: Danh mục vi phạm của ứng dụng (resources/reference/violation_catalog.json).)</source><translation>The fine range is not in the catalogue. Look the fine range up in the official text, confirm the fine and name the article checked. (Legal basis: The app's violation catalogue (resources/reference/violation_catalog.json).)</translation></message><message><source>Mức phạt vượt mức phạt tiền tối đa của lĩnh vực. Sửa mức phạt không vượt mức tối đa (cá nhân; tổ chức gấp 02 lần). (Căn cứ: Điều 24 Luật Xử lý vi phạm hành chính; khoản 1 Điều 4 Nghị định số 98/2020/NĐ-CP.)</source><translation>The fine exceeds the maximum fine of the field. Bring the fine within the maximum (individuals; organisations twice). (Legal basis: Article 24 of the Law on Handling Administrative Violations; Article 4(1) of Decree 98/2020/NĐ-CP.)</translation></message><message><source>Vượt thẩm quyền phạt tiền của người ký. Không ban hành quyết định; chuyển hồ sơ đến người có thẩm quyền nêu trong thông báo. (Căn cứ: Điều 12 Nghị định số 189/2025/NĐ-CP (thẩm quyền của Quản lý thị trường); Điều 52 Luật Xử lý vi phạm hành chính (thẩm quyền xác định theo mức tối đa của khung tiền phạt đối với từng hành vi; tổ chức gấp 02 lần).)</source><translation>The fine exceeds the signer's authority. Do not issue the decision; send the file to the competent person named in the notice. (Legal basis: Article 12 of Decree 189/2025/NĐ-CP (powers of Market Surveillance); Article 52 of the Law on Handling Administrative Violations (authority by the maximum of each act's fine range; organisations twice).)</translation></message><message><source>Vượt thẩm quyền tịch thu tang vật của người ký. Không ban hành quyết định; chuyển hồ sơ đến người có thẩm quyền nêu trong thông báo. (Căn cứ: Điều 12 Nghị định số 189/2025/NĐ-CP (tịch thu tang vật, phương tiện có giá trị không vượt quá 02 lần mức tiền phạt của chức danh).)</source><translation>The confiscation exceeds the signer's authority. Do not issue the decision; send the file to the competent person named in the notice. (Legal basis: Article 12 of Decree 189/2025/NĐ-CP (confiscating exhibits and means worth at most twice the title's fine limit).)</translation></message><message><source>Chức danh người ký không có thẩm quyền tước quyền sử dụng giấy phép, chứng chỉ hành nghề hoặc đình chỉ hoạt động. Không ban hành quyết định có hình thức xử phạt này; chuyển hồ sơ đến người có thẩm quyền nêu trong thông báo. (Căn cứ: Điều 12 Nghị định số 189/2025/NĐ-CP (khoản 2: Đội trưởng không có quyền tước quyền sử dụng giấy phép, chứng chỉ hành nghề, đình chỉ hoạt động; khoản 3: Chi cục trưởng có quyền này).)</source><translation>The signer's title has no power to withdraw a licence or practising certificate or to suspend an activity. Do not issue a decision with this penalty; send the file to the competent person named in the notice. (Legal basis: Article 12 of Decree 189/2025/NĐ-CP (clause 2: a team leader has no power to withdraw licences or certificates or suspend activities; clause 3: the head of the sub-department has).)</translation></message><message><source>Chức danh người ký không có trong bảng thẩm quyền xử phạt. Ghi đúng chức danh người có thẩm quyền (ví dụ: Đội trưởng Đội Quản lý thị trường); cấp phó ký thì đánh dấu “KT.” và ghi chức danh cấp trưởng. (Căn cứ: Điều 12 Nghị định số 189/2025/NĐ-CP; Điều 54 Luật Xử lý vi phạm hành chính (giao quyền).)</source><translation>The signer's title is not in the table of sanctioning powers. Give the competent person's exact title (e.g. Team leader of the Market Surveillance Team); a deputy signing marks “KT.” and gives the head's title. (Legal basis: Article 12 of Decree 189/2025/NĐ-CP; Article 54 of the Law on Handling Administrative Violations (delegation).)</translation></message><message><source>Thẩm quyền của chức danh người ký chưa xác minh trong văn bản. Đối chiếu thẩm quyền phạt tiền, tịch thu của chức danh này với Nghị định số 189/2025/NĐ-CP rồi xác nhận, ghi rõ điều, khoản đã đối chiếu; nếu vượt thẩm quyền, chuyển hồ sơ đến người có thẩm quyền. (Căn cứ: Nghị định số 189/2025/NĐ-CP; Điều 52 Luật Xử lý vi phạm hành chính.)</source><translation>The powers of the signer's title are not verified in the text. Check this title's fining and confiscation powers against Decree 189/2025/NĐ-CP, then confirm, naming the article checked; if beyond them, send the file to the competent person. (Legal basis: Decree 189/2025/NĐ-CP; Article 52 of the Law on Handling Administrative Violations.)</translation></message><message><source>Có dấu hiệu tội phạm: đến ngưỡng truy cứu trách nhiệm hình sự. Không ra quyết định xử phạt; chuyển hồ sơ vụ việc có dấu hiệu tội phạm cho cơ quan tiến hành tố tụng hình sự. Chỉ xác nhận bỏ qua khi cơ quan có thẩm quyền đã có văn bản không khởi tố hoặc trả hồ sơ (ghi số, ngày văn bản vào lý do). (Căn cứ: Điều 62 Luật Xử lý vi phạm hành chính; điểm c khoản 1 Điều 20 Thông tư số 27/2020/TT-BCT; các Điều 188, 190–195 Bộ luật Hình sự.)</source><translation>Signs of a crime: the threshold for criminal prosecution is reached. Do not issue a penalty decision; send the case file with signs of a crime to the criminal procedure authorities. Confirm past this only when the competent authority has decided in writing not to prosecute or returned the file (give its number and date as the reason). (Legal basis: Article 62 of the Law on Handling Administrative Violations; Article 20(1)(c) of Circular 27/2020/TT-BCT; Articles 188 and 190–195 of the Criminal Code.)</translation></message><message><source>Biên bản kiểm tra phải hoàn tất trước biên bản vi phạm hành chính. Hoàn tất Biên bản kiểm tra của vụ việc trước; biên bản vi phạm hành chính lập sau khi kết thúc kiểm tra. (Căn cứ: Khoản 1 Điều 18 Thông tư số 27/2020/TT-BCT (biên bản kiểm tra lập ngay sau khi kết thúc kiểm tra).)</source><translation>The inspection minutes must be final before the violation minutes. Finalise the case's inspection minutes first; the violation minutes follow the end of the inspection. (Legal basis: Article 18(1) of Circular 27/2020/TT-BCT (the inspection minutes are drawn up as soon as the inspection ends).)</translation></message><message><source>Quyết định xử phạt phải căn cứ biên bản vi phạm hành chính đã lập. Hoàn tất biên bản vi phạm hành chính trước; ghi đúng số và ngày của biên bản đó trong quyết định. (Căn cứ: Điều 58, Điều 66 Luật Xử lý vi phạm hành chính.)</source><translation>A penalty decision must rest on violation minutes already drawn up. Finalise the violation minutes first; give their number and date in the decision. (Legal basis: Articles 58 and 66 of the Law on Handling Administrative Violations.)</translation></message><message><source>Biên bản niêm phong, mở niêm phong phải sau biên bản tạm giữ, niêm phong mà nó căn cứ. Hoàn tất biên bản tạm giữ (hoặc niêm phong) trước, và ghi thời điểm lập theo đúng trình tự. (Căn cứ: Điều 125 Luật Xử lý vi phạm hành chính; Nghị định số 118/2021/NĐ-CP.)</source><translation>Sealing and unsealing minutes must follow the seizure or sealing minutes they rest on. Finalise the seizure (or sealing) minutes first, and record the times in that order. (Legal basis: Article 125 of the Law on Handling Administrative Violations; Decree 118/2021/NĐ-CP.)</translation></message><message><source>Số niêm phong được viện dẫn chưa tồn tại vào thời điểm đó. Chỉ ghi số niêm phong đã được lập trong biên bản niêm phong trước đó; sửa thời điểm hoặc số niêm phong. (Căn cứ: Nghị định số 118/2021/NĐ-CP (Mẫu MBB26, MBB27).)</source><translation>The cited seal number did not exist at that moment. Cite only seal numbers made in earlier sealing minutes; correct the time or the seal number. (Legal basis: Decree 118/2021/NĐ-CP (Forms MBB26, MBB27).)</translation></message><message><source>Tang vật tạm giữ ghi trong biên bản vi phạm hành chính khác với biên bản tạm giữ. Sửa danh sách hàng hóa tạm giữ cho khớp; nếu tạm giữ thêm hoặc trả lại một phần bằng biên bản khác, xác nhận và ghi số biên bản đó vào lý do. (Căn cứ: Điều 125 Luật Xử lý vi phạm hành chính (biên bản tạm giữ ghi rõ tên, số lượng, chủng loại, tình trạng tang vật); Nghị định số 118/2021/NĐ-CP (Mẫu MBB01, MBB15).)</source><translation>The seized exhibits in the violation minutes differ from the seizure minutes. Make the seized goods lists match; if more was seized or part returned by other minutes, confirm and give those minutes' number as the reason. (Legal basis: Article 125 of the Law on Handling Administrative Violations (the seizure minutes give the name, quantity, kind and condition of the exhibits); Decree 118/2021/NĐ-CP (Forms MBB01, MBB15).)</translation></message><message><source>Thời điểm kết thúc trước thời điểm bắt đầu. Sửa thời điểm bắt đầu/kết thúc cho đúng thực tế. (Căn cứ: Nghị định số 118/2021/NĐ-CP; Thông tư số 22/2021/TT-BCT (thời gian ghi trên biên bản).)</source><translation>The end is before the start. Correct the start and end times to what happened. (Legal basis: Decree 118/2021/NĐ-CP; Circular 22/2021/TT-BCT (times recorded on minutes).)</translation></message><message><source>Mở niêm phong không tại nơi bảo quản tang vật. Ghi địa điểm lập biên bản là nơi đang bảo quản tang vật; nếu tang vật đã được di chuyển theo quyết định của người có thẩm quyền, xác nhận và ghi lý do. (Căn cứ: Nghị định số 118/2021/NĐ-CP (Mẫu MBB27); độ tin cậy dữ liệu R: chưa xác minh.)</source><translation>The seal is opened away from where the exhibits are kept. Give the place where the exhibits are kept as the place of the minutes; if they were moved by decision of the competent person, confirm and give the reason. (Legal basis: Decree 118/2021/NĐ-CP (Form MBB27); data confidence R: not verified.)</translation></message><message><source>Biên bản vi phạm hành chính lập quá thời hạn 02 ngày làm việc kể từ khi phát hiện vi phạm. Nếu vụ việc phức tạp hoặc có phạm vi rộng (được 05 ngày làm việc) thì xác nhận và ghi lý do; nếu không, ghi rõ lý do chậm trong lý do xác nhận. (Căn cứ: Khoản 2 Điều 12 Nghị định số 118/2021/NĐ-CP.)</source><translation>The violation minutes are later than 2 working days after the violation was found. If the case is complex or wide-ranging (5 working days), confirm and give the reason; otherwise state the reason for the delay as the confirmation's reason. (Legal basis: Article 12(2) of Decree 118/2021/NĐ-CP.)</translation></message><message><source>Quyết định xử phạt ký trước khi hết thời hạn giải trình của người vi phạm. Chờ hết thời hạn giải trình (05 ngày làm việc kể từ ngày lập biên bản) rồi mới ký quyết định; nếu người vi phạm đã gửi văn bản giải trình hoặc đã giải trình trực tiếp (hoặc từ chối giải trình bằng văn bản) trước đó, xác nhận và ghi rõ văn bản, ngày vào lý do. (Căn cứ: Điều 61 Luật Xử lý vi phạm hành chính (sửa đổi năm 2020); mẫu MBB01 Nghị định số 118/2021/NĐ-CP (mục quyền và thời hạn giải trình); độ tin cậy dữ liệu I: chưa xác minh.)</source><translation>The penalty decision is signed before the violator's time to explain has ended. Wait until the time to explain has ended (5 working days from the minutes) before signing; if the violator already sent a written explanation or explained in person (or declined in writing), confirm and give that document and its date as the reason. (Legal basis: Article 61 of the Law on Handling Administrative Violations (amended in 2020); Form MBB01 of Decree 118/2021/NĐ-CP (right and time to explain); data confidence I: not verified.)</translation></message><message><source>Quyết định xử phạt ban hành quá thời hạn 07 ngày làm việc kể từ ngày lập biên bản. Nếu vụ việc có giải trình, xác minh (01 tháng) hoặc đặc biệt phức tạp (02 tháng) thì xác nhận và ghi lý do; nếu đã quá mọi thời hạn, không được ra quyết định xử phạt. (Căn cứ: Điều 66 Luật Xử lý vi phạm hành chính (sửa đổi năm 2020).)</source><translation>The penalty decision is later than 7 working days after the minutes. If the case had an explanation or verification (1 month) or is especially complex (2 months), confirm and give the reason; past every time limit, no penalty decision may be issued. (Legal basis: Article 66 of the Law on Handling Administrative Violations (amended in 2020).)</translation></message></context></TS>