<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>PrefillReviewScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_review.py" line="97" />
        <source>Check your procedures and forms, then print</source>
        <translation type="unfinished">Kiểm tra thủ tục và giấy tờ, rồi in</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_review.py" line="107" />
        <source>%1 procedures at %2 counters. Take your printed forms to them in this order.</source>
        <translation type="unfinished">%1 thủ tục tại %2 quầy. Hãy mang giấy tờ đã in đến các quầy theo thứ tự này.</translation>
    </message>
</context>
<context>
    <name>PrefillScanScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="97" />
        <source>Show the QR code you made at home</source>
        <translation type="unfinished">Đưa mã QR bạn đã tạo ở nhà</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="100" />
        <source>Hold the code under the scanner, or in front of the camera.</source>
        <translation type="unfinished">Đưa mã vào dưới máy quét, hoặc trước camera.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="102" />
        <source>The camera's picture</source>
        <translation type="unfinished">Hình ảnh từ camera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="105" />
        <source>Hold the code (on your phone or on paper) under the scanner.</source>
        <translation type="unfinished">Đưa mã (trên điện thoại hoặc giấy) vào dưới máy quét.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="107" />
        <source>This kiosk has no camera: please use the scanner.</source>
        <translation type="unfinished">Máy này không có camera: vui lòng dùng máy quét.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="108" />
        <source>Back</source>
        <translation type="unfinished">Quay lại</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="109" />
        <source>Back to the start</source>
        <translation type="unfinished">Quay lại màn hình đầu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="110" />
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="185" />
        <source>Reading the code…</source>
        <translation type="unfinished">Đang đọc mã…</translation>
    </message>
</context>
<context>
    <name>RefusalPanel</name>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="66" />
        <source>This card does not match the code</source>
        <translation type="unfinished">Thẻ này không khớp với mã</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="67" />
        <source>This code cannot be used</source>
        <translation type="unfinished">Không dùng được mã này</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="72" />
        <source>A member of staff can help you, or you can start again and answer the questions here.</source>
        <translation type="unfinished">Nhân viên có thể giúp bạn, hoặc bạn có thể làm lại từ đầu và trả lời câu hỏi tại đây.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="74" />
        <source>Start again</source>
        <translation type="unfinished">Làm lại từ đầu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="75" />
        <source>Scan another code</source>
        <translation type="unfinished">Quét mã khác</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="77" />
        <source>Call staff</source>
        <translation type="unfinished">Gọi nhân viên</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="78" />
        <source>Call a member of staff for help</source>
        <translation type="unfinished">Gọi nhân viên để được giúp đỡ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="79" />
        <source>Staff: allow printing again</source>
        <translation type="unfinished">Nhân viên: cho phép in lại</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="81" />
        <source>Staff only: allow this code to print again today (staff PIN needed)</source>
        <translation type="unfinished">Chỉ dành cho nhân viên: cho phép in lại mã này hôm nay (cần mã PIN nhân viên)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="86" />
        <source>This code was already printed today. To print it again, please ask a member of staff.</source>
        <translation type="unfinished">Mã này đã được in hôm nay. Để in lại, vui lòng hỏi nhân viên.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="89" />
        <source>the name</source>
        <translation type="unfinished">họ tên</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="89" />
        <source>the date of birth</source>
        <translation type="unfinished">ngày sinh</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="90" />
        <source>the sex</source>
        <translation type="unfinished">giới tính</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="90" />
        <source>the address</source>
        <translation type="unfinished">địa chỉ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="91" />
        <source> and </source>
        <translation type="unfinished"> và </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="92" />
        <source>The card and the code are not for the same person: %1 differ.</source>
        <translation type="unfinished">Thẻ và mã không phải của cùng một người: %1 khác nhau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="95" />
        <source>This code was made for a procedure this kiosk does not offer. Please ask a member of staff.</source>
        <translation type="unfinished">Mã này được tạo cho thủ tục mà máy này không hỗ trợ. Vui lòng hỏi nhân viên.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="98" />
        <source>Codes cannot be read at this kiosk just now. Please ask a member of staff.</source>
        <translation type="unfinished">Hiện máy này không đọc được mã. Vui lòng hỏi nhân viên.</translation>
    </message>
</context>
</TS>