<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AttachmentTableModel</name>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="550" />
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="551" />
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="551" />
        <source>Ảnh</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="551" />
        <source>Bản quét</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="552" />
        <source>Chứng cứ trên mạng</source>
        <translation>Online evidence</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="554" />
        <source>Ghi chú / địa chỉ</source>
        <translation>Caption / address</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="555" />
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="88" />
        <source>Chọn một vụ việc trong danh sách, hoặc lập vụ việc mới (Ctrl+N).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="92" />
        <source>Lưu vụ việc (Ctrl+S)</source>
        <translation>Save case (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="117" />
        <source>Đang xử lý</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="118" />
        <source>Đã kết thúc</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="123" />
        <source>Tên vụ việc</source>
        <translation>Case title</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="123" />
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="124" />
        <source>Bắt đầu</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="125" />
        <source>Kết thúc</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="126" />
        <source>Số quyết định kiểm tra</source>
        <translation>Inspection decision no.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="127" />
        <source>Ngày quyết định</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="128" />
        <source>Người ban hành quyết định</source>
        <translation>Decision issued by</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="133" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="134" />
        <source>Kết quả kiểm tra, nhận xét</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="137" />
        <source>Thông tin &amp;chung</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="150" />
        <source>Đối &amp;tượng</source>
        <translation>&amp;Subject</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="157" />
        <source>Thêm người…</source>
        <translation>Add person…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="159" />
        <location filename="../../inspector_app/ui/case_editor.py" line="190" />
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="161" />
        <location filename="../../inspector_app/ui/case_editor.py" line="192" />
        <source>Xóa</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="168" />
        <source>Đoàn kiểm tra, người chứng kiến, đại diện chính quyền và người liên quan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="171" />
        <source>Đoàn &amp;&amp; &amp;người chứng kiến</source>
        <translation>Team &amp;&amp; &amp;witnesses</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="176" />
        <source>&amp;Hàng hóa</source>
        <translation>&amp;Goods</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="181" />
        <source>&amp;Vi phạm</source>
        <translation>&amp;Violations</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="188" />
        <source>Thêm niêm phong…</source>
        <translation>Add seal…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="201" />
        <source>&amp;Niêm phong</source>
        <translation>Sea&amp;ls</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="209" />
        <source>Thêm ảnh, bản quét…</source>
        <translation>Add photos, scans…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="211" />
        <source>Thêm chứng cứ từ gian hàng trực tuyến…</source>
        <translation>Add evidence from an online shop…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="220" />
        <source>Ả&amp;nh &amp;&amp; chứng cứ</source>
        <translation>&amp;Photos &amp;&amp; evidence</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="225" />
        <source>&amp;Văn bản</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="286" />
        <source>Đối tượng này đã bị kiểm tra trước đây:</source>
        <translation>This subject was inspected before:</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="287" />
        <source>vi phạm</source>
        <translation>violations</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="309" />
        <location filename="../../inspector_app/ui/case_editor.py" line="391" />
        <source>Chưa lưu</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="317" />
        <source>Chưa nhập tên vụ việc</source>
        <translation>Case title is missing</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="318" />
        <source>Chưa nhập địa điểm</source>
        <translation>Place is missing</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="320" />
        <location filename="../../inspector_app/ui/case_editor.py" line="322" />
        <source>Thời gian phải có dạng YYYY-MM-DDTHH:MM</source>
        <translation>Time must be YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="324" />
        <source>Ngày phải có dạng YYYY-MM-DD</source>
        <translation>Date must be YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="361" />
        <source>Chưa lưu được: sửa các ô báo đỏ</source>
        <translation>Not saved: fix the fields marked in red</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="366" />
        <source>Chưa lưu được: thông tin đối tượng chưa hợp lệ</source>
        <translation>Not saved: the subject is not valid yet</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="368" />
        <source>Đang lưu…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="376" />
        <source>Đã lưu</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="385" />
        <location filename="../../inspector_app/ui/case_editor.py" line="388" />
        <source>Chưa lưu được vụ việc</source>
        <translation>Could not save the case</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="385" />
        <source>Dữ liệu chưa hợp lệ:</source>
        <translation>Invalid data:</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="462" />
        <source>Ảnh và tài liệu (*.jpg *.jpeg *.png *.webp *.pdf);;Tất cả (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="463" />
        <source>Chọn tệp</source>
        <translation>Choose files</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="467" />
        <source>Chứng cứ trực tuyến</source>
        <translation>Online evidence</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="468" />
        <source>Địa chỉ trang bán hàng (https://…):</source>
        <translation>Listing address (https://…):</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_editor.py" line="492" />
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="215" />
        <source>Vụ việc</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="216" />
        <source>Đối tượng</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="217" />
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="218" />
        <source>Bắt đầu</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="219" />
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="221" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="226" />
        <source>Đang xử lý</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="226" />
        <source>Đã kết thúc</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>CatalogTableModel</name>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="494" />
        <source>Căn cứ</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="495" />
        <source>Hành vi</source>
        <translation>Violation</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="496" />
        <source>Khung phạt (đồng)</source>
        <translation>Fine range (VND)</translation>
    </message>
</context>
<context>
    <name>DeadlineTableModel</name>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="370" />
        <source>Hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="372" />
        <source>Việc phải làm</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="373" />
        <source>Vụ việc</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="374" />
        <source>Còn lại</source>
        <translation>Left</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector_app/ui/models.py" line="383" />
        <source>quá hạn %n ngày</source>
        <translation><numerusform>%n day overdue</numerusform><numerusform>%n days overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector_app/ui/models.py" line="384" />
        <source>còn %n ngày</source>
        <translation><numerusform>%n day left</numerusform><numerusform>%n days left</numerusform></translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="95" />
        <source>Dữ liệu chưa hợp lệ:</source>
        <translation>Invalid data:</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="110" />
        <source>Xem trước văn bản</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="117" />
        <source>Không xem trước được</source>
        <translation>Could not preview</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="126" />
        <source>Không in được</source>
        <translation>Could not print</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="132" />
        <source>In bản nháp</source>
        <translation>Print draft</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="133" />
        <source>Văn bản chưa hoàn tất nên chưa có số. In bản nháp để xem lại?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="134" />
        <location filename="../../inspector_app/ui/documents_panel.py" line="138" />
        <source>Đã hủy in</source>
        <translation>Printing cancelled</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="141" />
        <source>Đang in %1…</source>
        <translation>Printing %1…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="141" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="173" />
        <source>Chưa hoàn tất được</source>
        <translation>Could not finalise</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="176" />
        <source>Hoàn tất văn bản</source>
        <translation>Finalise document</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="178" />
        <source>Văn bản này đã hoàn tất.</source>
        <translation>This document is already final.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector_app/ui/documents_panel.py" line="182" />
        <source>Chưa thể hoàn tất: còn %n vấn đề cần sửa.</source>
        <translation><numerusform>Cannot finalise yet: %n problem to fix.</numerusform><numerusform>Cannot finalise yet: %n problems to fix.</numerusform></translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="189" />
        <source>Số quyết định do đơn vị cấp (vd: 12):</source>
        <translation>Decision number issued by the unit (e.g. 12):</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="193" />
        <source>Sau khi hoàn tất, văn bản được cấp số và KHÔNG THỂ SỬA nữa; muốn sửa phải lập văn bản thay thế. Hoàn tất %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="207" />
        <source>Lập văn bản thay thế</source>
        <translation>Correct (supersede)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="209" />
        <source>Văn bản đã hoàn tất không sửa được. Lập một bản nháp mới thay thế nó (văn bản cũ vẫn được giữ)?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="177" />
        <source>Địa điểm lập</source>
        <translation>Drawn up at (place)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="178" />
        <source>Thời điểm lập</source>
        <translation>Drawn up at</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="204" />
        <source>Thêm người…</source>
        <translation>Add person…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="206" />
        <source>Sửa / ghi không ký…</source>
        <translation>Edit / record refusal…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="208" />
        <source>Xóa</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="210" />
        <source>Người tham gia, ký biên bản</source>
        <translation>Participants and signatories</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="223" />
        <source>Lưu nháp (Ctrl+S)</source>
        <translation>Save draft (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="226" />
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="228" />
        <source>In… (Ctrl+P)</source>
        <translation>Print… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="230" />
        <source>Hoàn tất…</source>
        <translation>Finalise…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="233" />
        <source>Lập văn bản thay thế…</source>
        <translation>Correct (supersede)…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="235" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="248" />
        <source>Cần sửa trước khi hoàn tất:</source>
        <translation>To fix before finalising:</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="271" />
        <source>Nháp</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="271" />
        <source>Hoàn tất</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="272" />
        <source>Đã đồng bộ</source>
        <translation>Synced</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="273" />
        <source>chưa cấp số</source>
        <translation>no number yet</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="276" />
        <source>(chưa có đối tượng)</source>
        <translation>(no subject yet)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="277" />
        <source>Đối tượng: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector_app/ui/document_editor.py" line="278" />
        <source>%n dòng hàng</source>
        <translation><numerusform>%n goods row</numerusform><numerusform>%n goods rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector_app/ui/document_editor.py" line="279" />
        <source>%n hành vi vi phạm</source>
        <translation><numerusform>%n violation</numerusform><numerusform>%n violations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector_app/ui/document_editor.py" line="280" />
        <source>%n niêm phong</source>
        <translation><numerusform>%n seal</numerusform><numerusform>%n seals</numerusform></translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="282" />
        <source>thay thế một văn bản đã hoàn tất</source>
        <translation>supersedes a final document</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="325" />
        <source>Văn bản đã hoàn tất (chỉ đọc). SHA-256: %1</source>
        <translation>Final document (read-only). SHA-256: %1</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="353" />
        <source>Không còn vấn đề: có thể hoàn tất.</source>
        <translation>No problems left: ready to finalise.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="411" />
        <location filename="../../inspector_app/ui/document_editor.py" line="414" />
        <source>Chưa lưu được</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="411" />
        <source>Dữ liệu chưa hợp lệ:</source>
        <translation>Invalid data:</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="339" />
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="341" />
        <source>Số</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="342" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="343" />
        <source>Lập lúc</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="344" />
        <source>Thay thế</source>
        <translation>Supersedes</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="344" />
        <source>có</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="349" />
        <source>Nháp</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="349" />
        <source>Hoàn tất</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="350" />
        <source>Đã đồng bộ</source>
        <translation>Synced</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="239" />
        <source>Lập văn bản</source>
        <translation>Create document</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="255" />
        <source>Mở / sửa</source>
        <translation>Open / edit</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="256" />
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="257" />
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="258" />
        <source>Hoàn tất…</source>
        <translation>Finalise…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="259" />
        <source>Lập văn bản thay thế…</source>
        <translation>Correct (supersede)…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="260" />
        <location filename="../../inspector_app/ui/documents_panel.py" line="389" />
        <source>Xóa bản nháp</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="269" />
        <source>Văn bản được lập sẵn từ thông tin vụ việc; lưu vụ việc trước khi lập.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="272" />
        <source>Loại văn bản:</source>
        <translation>Document kind:</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="366" />
        <source>Không lập được văn bản</source>
        <translation>Could not create the document</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="389" />
        <source>Xóa bản nháp này?</source>
        <translation>Delete this draft?</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_panel.py" line="393" />
        <source>Không xóa được</source>
        <translation>Could not delete</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="74" />
        <source>Mỗi dòng một mục</source>
        <translation>One item per line</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="124" />
        <source>Phải là số nguyên</source>
        <translation>Must be a whole number</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/document_editor.py" line="127" />
        <source>Phải là số tiền (đồng)</source>
        <translation>Must be an amount (VND)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../inspector_app/ui/first_run.py" line="75" />
        <source>Bắt đầu sử dụng</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/first_run.py" line="76" />
        <source>Chào mừng! Nhập đơn vị và công chức sử dụng máy này. Thông tin này được in trên mọi biên bản, quyết định và có thể sửa sau trong Cài đặt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../inspector_app/ui/first_run.py" line="83" />
        <source>Lưu và bắt đầu</source>
        <translation>Save and start</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/first_run.py" line="87" />
        <source>Dùng dữ liệu mẫu để làm quen</source>
        <translation>Use demo data to try it out</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/first_run.py" line="123" />
        <source>Đang thêm dữ liệu mẫu…</source>
        <translation>Adding demo data…</translation>
    </message>
</context>
<context>
    <name>GoodsPanel</name>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="133" />
        <source>Quét hoặc gõ mã vạch rồi nhấn Enter</source>
        <translation>Scan or type a barcode, then press Enter</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="157" />
        <source>Thêm hàng hóa…</source>
        <translation>Add goods…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="159" />
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="161" />
        <source>Tạm giữ / bỏ tạm giữ</source>
        <translation>Seize / release</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="163" />
        <source>Xóa dòng</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="170" />
        <source>Mã vạch:</source>
        <translation>Barcode:</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="216" />
        <source>Mã %1: %2</source>
        <translation>Code %1: %2</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="227" />
        <source>Đã thêm: %1</source>
        <translation>Added: %1</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="227" />
        <source>Tăng số lượng: %1 — %2</source>
        <translation>Quantity raised: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="231" />
        <source>CẢNH BÁO: mã vạch thuộc danh sách cảnh báo</source>
        <translation>WARNING: barcode is on the watch list</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="297" />
        <source>Xóa hàng hóa</source>
        <translation>Delete goods</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="298" />
        <source>Xóa dòng “%1”?</source>
        <translation>Delete row “%1”?</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="320" />
        <source>%1 dòng — tổng trị giá %2 đồng</source>
        <translation>%1 rows — total value %2 VND</translation>
    </message>
</context>
<context>
    <name>GoodsRowDialog</name>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="50" />
        <source>Hàng hóa, tang vật</source>
        <translation>Goods, exhibits</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="57" />
        <source>Tên hàng hóa</source>
        <translation>Goods name</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="57" />
        <source>Chủng loại, quy cách</source>
        <translation>Model, specification</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="58" />
        <source>Nhãn hiệu</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="58" />
        <source>Xuất xứ</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="59" />
        <source>Mã vạch</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="59" />
        <source>Đơn vị tính</source>
        <translation>Unit of measure</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="60" />
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="61" />
        <source>Đơn giá (đồng)</source>
        <translation>Unit price (VND)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="62" />
        <source>Tình trạng, đặc điểm</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="62" />
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="71" />
        <source>Nghi hàng giả</source>
        <translation>Suspected counterfeit</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="73" />
        <source>Hàng nhập lậu</source>
        <translation>Smuggled</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="75" />
        <source>Không rõ nguồn gốc</source>
        <translation>Unknown origin</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="77" />
        <source>Tạm giữ</source>
        <translation>Seized</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="82" />
        <source>Đánh dấu</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/goods_panel.py" line="111" />
        <source>Đơn giá phải là số nguyên đồng</source>
        <translation>Unit price must be whole VND</translation>
    </message>
</context>
<context>
    <name>GoodsTableModel</name>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="242" />
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="243" />
        <source>Tên hàng hóa</source>
        <translation>Goods name</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="244" />
        <source>Mã vạch</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="245" />
        <source>Nhãn hiệu</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="246" />
        <source>Xuất xứ</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="247" />
        <source>ĐVT</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="248" />
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="249" />
        <source>Đơn giá</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="250" />
        <source>Trị giá</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="251" />
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="258" />
        <source>nghi giả</source>
        <translation>suspected fake</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="260" />
        <source>nhập lậu</source>
        <translation>smuggled</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="262" />
        <source>không rõ nguồn gốc</source>
        <translation>unknown origin</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="264" />
        <source>tạm giữ</source>
        <translation>seized</translation>
    </message>
</context>
<context>
    <name>LoginBox</name>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="37" />
        <source>Máy chủ Chi cục (đồng bộ)</source>
        <translation>HQ server (sync)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="47" />
        <source>Đăng nhập</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="50" />
        <source>Đăng xuất thiết bị</source>
        <translation>Log out device</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="56" />
        <source>Địa chỉ máy chủ</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="57" />
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="58" />
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="79" />
        <source>Máy này không có kho khóa (keyring): mật khẩu sẽ được hỏi mỗi lần đồng bộ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="88" />
        <source>Đang đăng nhập…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="109" />
        <source>Đã đăng xuất thiết bị.</source>
        <translation>Device logged out.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="62" />
        <location filename="../../inspector_app/ui/main_window.py" line="282" />
        <source>QLTT — Kiểm tra thị trường</source>
        <translation>QLTT — Market inspection</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="67" />
        <source>Đã hoàn tất văn bản số %1</source>
        <translation>Finalised document no. %1</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="74" />
        <source>Tìm vụ việc, đối tượng, hàng hóa, mã số thuế… (Ctrl+F)</source>
        <translation>Search cases, subjects, goods, tax codes… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="78" />
        <source>Mọi trạng thái</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="79" />
        <source>Đang xử lý</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="80" />
        <source>Đã kết thúc</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="83" />
        <source>Mọi loại văn bản</source>
        <translation>All document kinds</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="89" />
        <source>từ ngày YYYY-MM-DD</source>
        <translation>from YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="92" />
        <source>đến ngày YYYY-MM-DD</source>
        <translation>to YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="115" />
        <source>Vụ việc mới… (Ctrl+N)</source>
        <translation>New case… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="164" />
        <location filename="../../inspector_app/ui/main_window.py" line="459" />
        <source>Thời hạn sắp đến và quá hạn</source>
        <translation>Deadlines due and overdue</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="180" />
        <source>Đang mở dữ liệu…</source>
        <translation>Opening data…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="218" />
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="219" />
        <source>&amp;Vụ việc mới…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="221" />
        <source>&amp;Lưu vụ việc</source>
        <translation>&amp;Save case</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="223" />
        <source>&amp;Nhập dữ liệu từ tệp…</source>
        <translation>&amp;Import from file…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="224" />
        <source>&amp;Xuất dữ liệu ra tệp…</source>
        <translation>&amp;Export to file…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="225" />
        <source>Thêm &amp;dữ liệu mẫu</source>
        <translation>Add &amp;demo data</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="227" />
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="228" />
        <source>&amp;Văn bản</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="229" />
        <source>&amp;Lập văn bản</source>
        <translation>&amp;New document</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="232" />
        <source>&amp;Xem trước</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="233" />
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="234" />
        <source>&amp;Hoàn tất…</source>
        <translation>&amp;Finalise…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="235" />
        <source>Lập văn bản &amp;thay thế…</source>
        <translation>&amp;Correct (supersede)…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="236" />
        <source>Đồng &amp;bộ</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="237" />
        <source>Đồng bộ với &amp;máy chủ…</source>
        <translation>Sync with &amp;server…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="238" />
        <source>&amp;Cập nhật tình trạng</source>
        <translation>&amp;Refresh status</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="239" />
        <source>&amp;Công cụ</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="240" />
        <source>&amp;Cài đặt…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="241" />
        <source>Tìm &amp;kiếm</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="242" />
        <source>Hiện/ẩn &amp;thời hạn</source>
        <translation>Show/hide &amp;deadlines</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="244" />
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="245" />
        <source>&amp;Giới thiệu</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="265" />
        <source>Chưa cấu hình đơn vị và công chức (Công cụ → Cài đặt).</source>
        <translation>Unit and officer not set up (Tools → Settings).</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="267" />
        <source>Sẵn sàng</source>
        <translation>Ready</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector_app/ui/main_window.py" line="319" />
        <source>%n vụ việc</source>
        <translation><numerusform>%n case</numerusform><numerusform>%n cases</numerusform></translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="319" />
        <source> (hiển thị tối đa %1)</source>
        <translation> (showing at most %1)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="376" />
        <source>Không lập được vụ việc</source>
        <translation>Could not create the case</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="412" />
        <source>Lập văn bản</source>
        <translation>Create document</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="412" />
        <source>Hãy chọn hoặc lập một vụ việc trước.</source>
        <translation>Select or create a case first.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="420" />
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="420" />
        <source>Hãy chọn một văn bản trong thẻ Văn bản.</source>
        <translation>Select a document in the Documents tab.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector_app/ui/main_window.py" line="461" />
        <source>%n việc quá hạn</source>
        <translation><numerusform>%n overdue</numerusform><numerusform>%n overdue</numerusform></translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="487" />
        <source>Chưa đăng nhập máy chủ</source>
        <translation>Not logged in to the server</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="489" />
        <source>Đã đồng bộ</source>
        <translation>Synced</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="491" />
        <source>Chờ gửi: %1</source>
        <translation>Waiting to send: %1</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="493" />
        <source>Bị từ chối/xung đột: %1</source>
        <translation>Rejected/conflicts: %1</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="495" />
        <source>Lần cuối: %1</source>
        <translation>Last: %1</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="518" />
        <source>Đang thêm dữ liệu mẫu…</source>
        <translation>Adding demo data…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="526" />
        <location filename="../../inspector_app/ui/main_window.py" line="533" />
        <source>Nhập dữ liệu</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="526" />
        <source>Tệp dữ liệu (*.json *.zip);;Tất cả (*)</source>
        <translation>Data files (*.json *.zip);;All (*)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="533" />
        <source>Đã nhập xong: %1</source>
        <translation>Imported: %1</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="535" />
        <source>Đang nhập dữ liệu…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="542" />
        <source>Xuất dữ liệu</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="543" />
        <source>Tệp dữ liệu (*.json);;Tất cả (*)</source>
        <translation>Data files (*.json);;All (*)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="546" />
        <source>Đang xuất dữ liệu…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="548" />
        <source>Đã xuất dữ liệu ra %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="553" />
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="554" />
        <source>QLTT Field Inspector — ghi nhận kiểm tra, in biên bản và quyết định theo mẫu TT 22/2021/TT-BCT và NĐ 118/2021/NĐ-CP, đồng bộ về cơ sở dữ liệu tập trung.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="567" />
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="569" />
        <source>Lỗi chương trình</source>
        <translation>Program error</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="570" />
        <source>Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu không bị ảnh hưởng.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../inspector_app/ui/new_case.py" line="21" />
        <source>Vụ việc mới</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/new_case.py" line="26" />
        <source>vd: 15/QĐ-KT</source>
        <translation>e.g. 15/QĐ-KT</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/new_case.py" line="33" />
        <source>vd: Kiểm tra cửa hàng mỹ phẩm Hoa Mai</source>
        <translation>e.g. Inspection of Hoa Mai cosmetics shop</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/new_case.py" line="43" />
        <source>Vụ việc được lập để thực hiện một quyết định kiểm tra.</source>
        <translation>A case carries out an inspection decision.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/new_case.py" line="44" />
        <source>Số quyết định kiểm tra</source>
        <translation>Inspection decision no.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/new_case.py" line="45" />
        <source>Ngày quyết định</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/new_case.py" line="46" />
        <source>Người ban hành</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/new_case.py" line="47" />
        <source>Tên vụ việc</source>
        <translation>Case title</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/new_case.py" line="48" />
        <source>Địa điểm kiểm tra</source>
        <translation>Inspection place</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/new_case.py" line="49" />
        <source>Bắt đầu lúc</source>
        <translation>Started at</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/new_case.py" line="64" />
        <source>Chưa nhập tên vụ việc</source>
        <translation>Case title is missing</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/new_case.py" line="65" />
        <source>Chưa nhập địa điểm</source>
        <translation>Place is missing</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/new_case.py" line="67" />
        <source>Ngày phải có dạng YYYY-MM-DD</source>
        <translation>Date must be YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/new_case.py" line="69" />
        <source>Thời gian phải có dạng YYYY-MM-DDTHH:MM</source>
        <translation>Time must be YYYY-MM-DDTHH:MM</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="34" />
        <source>Người tham gia</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="44" />
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="46" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="46" />
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="47" />
        <source>Cơ quan / đơn vị</source>
        <translation>Agency / unit</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="47" />
        <source>Nghề nghiệp</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="48" />
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="48" />
        <source>Số CCCD/định danh</source>
        <translation>ID card number</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="49" />
        <source>Số hiệu công chức</source>
        <translation>Officer number</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="50" />
        <source>Số thẻ kiểm tra thị trường</source>
        <translation>Inspection card no.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="60" />
        <source>Không ký biên bản</source>
        <translation>Refused to sign</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="68" />
        <source>Lý do không ký</source>
        <translation>Reason for not signing</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="91" />
        <source>Chưa nhập họ tên</source>
        <translation>Name is missing</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="92" />
        <source>Ghi rõ lý do không ký biên bản</source>
        <translation>State why they did not sign</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="440" />
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="441" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="442" />
        <source>Chức vụ / nghề nghiệp</source>
        <translation>Position / occupation</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="443" />
        <source>Số hiệu / CCCD</source>
        <translation>Officer no. / ID</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="444" />
        <source>Đơn vị / địa chỉ</source>
        <translation>Unit / address</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <location filename="../../inspector_app/ui/preview.py" line="31" />
        <source>%1 trang</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/preview.py" line="32" />
        <source>Vừa chiều rộng</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/preview.py" line="34" />
        <source>Cả trang</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/preview.py" line="40" />
        <source>In… (Ctrl+P)</source>
        <translation>Print… (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <location filename="../../inspector_app/ui/printing.py" line="52" />
        <source>Không đọc được tệp PDF để in</source>
        <translation>Cannot read the PDF to print</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/printing.py" line="63" />
        <source>Không mở được máy in</source>
        <translation>Cannot open the printer</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/printing.py" line="78" />
        <source>Đã hủy in</source>
        <translation>Printing cancelled</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/printing.py" line="91" />
        <source>Đã in %1 trang</source>
        <translation>Printed %1 pages</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../inspector_app/ui/profile_form.py" line="23" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/profile_form.py" line="26" />
        <source>Cơ quan chủ quản</source>
        <translation>Parent agency</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/profile_form.py" line="27" />
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/profile_form.py" line="28" />
        <source>Mã đơn vị</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/profile_form.py" line="29" />
        <source>Địa danh (in ở dòng ngày tháng)</source>
        <translation>Place name (printed on the date line)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/profile_form.py" line="30" />
        <source>Địa chỉ trụ sở</source>
        <translation>Office address</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/profile_form.py" line="33" />
        <source>Công chức sử dụng máy</source>
        <translation>Officer using this computer</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/profile_form.py" line="36" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/profile_form.py" line="36" />
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/profile_form.py" line="37" />
        <source>Số hiệu công chức</source>
        <translation>Officer number</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/profile_form.py" line="38" />
        <source>Số thẻ kiểm tra thị trường</source>
        <translation>Inspection card no.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/profile_form.py" line="88" />
        <source>Trường bắt buộc</source>
        <translation>Required</translation>
    </message>
</context>
<context>
    <name>SealDialog</name>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="102" />
        <source>Niêm phong</source>
        <translation>Seal</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="107" />
        <source>NP-0001, NP-0002</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="115" />
        <source>(chưa mở)</source>
        <translation>(not opened)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="116" />
        <source>Còn nguyên vẹn</source>
        <translation>Intact</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="117" />
        <source>Bị hư hỏng</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="120" />
        <source>Số niêm phong (cách nhau dấu phẩy)</source>
        <translation>Seal numbers (comma separated)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="121" />
        <source>Niêm phong những gì</source>
        <translation>What is sealed</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="122" />
        <source>Nơi bảo quản</source>
        <translation>Kept at</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="123" />
        <source>Người bảo quản</source>
        <translation>Keeper</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="124" />
        <source>Thời điểm niêm phong</source>
        <translation>Sealed at</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/people.py" line="125" />
        <source>Tình trạng khi mở</source>
        <translation>State when opened</translation>
    </message>
</context>
<context>
    <name>SealTableModel</name>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="531" />
        <source>Số niêm phong</source>
        <translation>Seal numbers</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="532" />
        <source>Niêm phong</source>
        <translation>Seal</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="533" />
        <source>Nơi bảo quản</source>
        <translation>Kept at</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="534" />
        <source>Người bảo quản</source>
        <translation>Keeper</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="535" />
        <source>Tình trạng khi mở</source>
        <translation>State when opened</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="535" />
        <source>còn nguyên</source>
        <translation>intact</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="536" />
        <source>bị hư hỏng</source>
        <translation>damaged</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="123" />
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="126" />
        <source>Đơn vị và công chức</source>
        <translation>Unit and officer</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="132" />
        <source>Máy chủ và đăng nhập</source>
        <translation>Server and login</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="140" />
        <source>Ngôn ngữ giao diện</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="141" />
        <source>Ngôn ngữ mới được áp dụng khi mở lại ứng dụng. Biên bản, quyết định luôn in bằng tiếng Việt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="145" />
        <location filename="../../inspector_app/ui/settings_dialog.py" line="181" />
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="182" />
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
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="47" />
        <source>Thư điện tử</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="48" />
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="48" />
        <source>Ngày sinh</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="49" />
        <source>Quốc tịch</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="49" />
        <source>Nghề nghiệp</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="50" />
        <source>Số CCCD/định danh</source>
        <translation>ID card number</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="50" />
        <source>Ngày cấp</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="51" />
        <source>Nơi cấp</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="51" />
        <source>Mã số doanh nghiệp/thuế</source>
        <translation>Enterprise/tax code</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="52" />
        <source>Số giấy chứng nhận ĐKKD</source>
        <translation>Business registration no.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="53" />
        <source>Ngày cấp ĐKKD</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="53" />
        <source>Nơi cấp ĐKKD</source>
        <translation>Registered at</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="54" />
        <source>Người đại diện theo pháp luật</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="55" />
        <source>Giới tính người đại diện</source>
        <translation>Representative's sex</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="56" />
        <source>Chức danh người đại diện</source>
        <translation>Representative's title</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="57" />
        <source>Sàn / nền tảng</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="57" />
        <source>Địa chỉ gian hàng</source>
        <translation>Shop address</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/subject_form.py" line="58" />
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
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../inspector_app/ui/sync_dialog.py" line="44" />
        <source>Đồng bộ với máy chủ Chi cục</source>
        <translation>Sync with the HQ server</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_dialog.py" line="50" />
        <source>Mật khẩu (chỉ khi máy chủ yêu cầu đăng nhập lại)</source>
        <translation>Password (only if the server asks to log in again)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_dialog.py" line="72" />
        <source>Đồng bộ ngay</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_dialog.py" line="76" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_dialog.py" line="80" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_dialog.py" line="93" />
        <source>Văn bản chưa được máy chủ nhận:</source>
        <translation>Documents the server has not accepted:</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_dialog.py" line="109" />
        <source>Máy chủ: %1 — tài khoản %2</source>
        <translation>Server: %1 — account %2</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_dialog.py" line="110" />
        <source>Chưa đăng nhập máy chủ: vào Công cụ → Cài đặt → Máy chủ.</source>
        <translation>Not logged in: go to Tools → Settings → Server.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_dialog.py" line="123" />
        <source>Đang kết nối…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_dialog.py" line="135" />
        <source>Đang dừng sau lô hiện tại…</source>
        <translation>Stopping after the current batch…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_dialog.py" line="152" />
        <source>Đã gửi %1 văn bản (mới %2, đã có %3); %4 tệp đính kèm; %5 mục dữ liệu tham chiếu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_dialog.py" line="157" />
        <source>Còn %1 văn bản chờ gửi.</source>
        <translation>%1 documents still waiting to be sent.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_dialog.py" line="159" />
        <source>%1 văn bản bị từ chối hoặc xung đột (xem lý do bên dưới).</source>
        <translation>%1 documents rejected or in conflict (reasons below).</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_dialog.py" line="162" />
        <source>Đã hủy theo yêu cầu.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_dialog.py" line="165" />
        <source>Đồng bộ hoàn tất.</source>
        <translation>Sync complete.</translation>
    </message>
</context>
<context>
    <name>SyncProblemModel</name>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="408" />
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="409" />
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="410" />
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="415" />
        <source>Xung đột</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="415" />
        <source>Bị từ chối</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="416" />
        <source>Thiếu tệp đính kèm</source>
        <translation>Attachments missing</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="416" />
        <source>Sẽ gửi lại</source>
        <translation>Will retry</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="417" />
        <source>Đã nhận</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="417" />
        <source>Đã có trên máy chủ</source>
        <translation>Already on server</translation>
    </message>
</context>
<context>
    <name>ViolationTableModel</name>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="472" />
        <source>Căn cứ</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="473" />
        <source>Hành vi</source>
        <translation>Violation</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/models.py" line="474" />
        <source>Mức phạt (đồng)</source>
        <translation>Fine (VND)</translation>
    </message>
</context>
<context>
    <name>ViolationsPanel</name>
    <message>
        <location filename="../../inspector_app/ui/violations_panel.py" line="70" />
        <source>Tìm hành vi trong danh mục (vd: hàng giả, nhập lậu, Điều 15)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../inspector_app/ui/violations_panel.py" line="82" />
        <source>Thêm vào vụ việc</source>
        <translation>Add to case</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/violations_panel.py" line="99" />
        <source>đồng</source>
        <translation>VND</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/violations_panel.py" line="100" />
        <source>Cập nhật</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/violations_panel.py" line="102" />
        <source>Xóa vi phạm</source>
        <translation>Remove violation</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/violations_panel.py" line="107" />
        <source>Danh mục hành vi vi phạm</source>
        <translation>Violation catalogue</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/violations_panel.py" line="115" />
        <source>Vi phạm của vụ việc</source>
        <translation>Violations of the case</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/violations_panel.py" line="119" />
        <source>Mô tả hành vi</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/violations_panel.py" line="121" />
        <source>Điểm</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/violations_panel.py" line="123" />
        <source>Mức phạt</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/violations_panel.py" line="217" />
        <source>tổ chức</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/violations_panel.py" line="217" />
        <source>cá nhân</source>
        <translation>individual</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/violations_panel.py" line="218" />
        <source>Khung phạt (%1): %2 – %3 đồng; mức thường áp dụng %4 đồng.</source>
        <translation>Fine range (%1): %2 – %3 VND; usual amount %4 VND.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/violations_panel.py" line="225" />
        <source>Có thể phạt cảnh cáo.</source>
        <translation>A warning is possible.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/violations_panel.py" line="283" />
        <source>Bằng chữ: %1</source>
        <translation>In words: %1</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/violations_panel.py" line="297" />
        <source>Mức phạt phải là số nguyên đồng</source>
        <translation>The fine must be whole VND</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../inspector_app/ui/first_run.py" line="30" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/first_run.py" line="56" />
        <location filename="../../inspector_app/ui/first_run.py" line="58" />
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../inspector_app/ui/startup.py" line="88" />
        <source>Không mở được dữ liệu</source>
        <translation>Cannot open data</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/startup.py" line="89" />
        <source>Không mở được cơ sở dữ liệu trong thư mục %1.</source>
        <translation>Could not open the database in folder %1.</translation>
    </message>
</context>
</TS>