<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CallStaffOverlay</name>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="51" />
        <source>A member of staff is on the way</source>
        <translation type="unfinished">Nhân viên đang đến</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="53" />
        <source>We are calling a member of staff</source>
        <translation type="unfinished">Đang gọi nhân viên</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="54" />
        <source>Please wait here. Your answers so far are kept. If you need nothing after all, tap the button below.</source>
        <translation type="unfinished">Vui lòng chờ ở đây. Các câu trả lời đến giờ vẫn được giữ. Nếu không cần nữa, hãy nhấn nút bên dưới.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="57" />
        <source>Go back to where I was</source>
        <translation type="unfinished">Quay lại chỗ đang làm</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="58" />
        <source>Close and go back</source>
        <translation type="unfinished">Đóng và quay lại</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="59" />
        <source>Staff: open the staff menu</source>
        <translation type="unfinished">Nhân viên: mở menu nhân viên</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="60" />
        <source>Staff menu (staff PIN)</source>
        <translation type="unfinished">Menu nhân viên (mã PIN nhân viên)</translation>
    </message>
</context>
<context>
    <name>CardRemovedNotice</name>
    <message>
        <location filename="../../kiosk/ui/widgets/card_removed_notice.py" line="61" />
        <source>The card was removed</source>
        <extracomment>The card's widest (px) and the room kept around it in a narrower window.</extracomment>
        <translation type="unfinished">Thẻ đã được rút ra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/card_removed_notice.py" line="63" />
        <source>For your privacy, everything you entered has been cleared. To start again, insert your My Number card again. If you need help, call a member of staff.</source>
        <translation type="unfinished">Để bảo vệ thông tin cá nhân, mọi nội dung bạn đã nhập đã bị xóa. Để bắt đầu lại, hãy đưa thẻ My Number vào lần nữa. Nếu cần giúp, hãy gọi nhân viên.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/card_removed_notice.py" line="65" />
        <source>OK</source>
        <translation type="unfinished">OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/card_removed_notice.py" line="66" />
        <source>OK: back to the start</source>
        <translation type="unfinished">OK: về màn hình đầu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/card_removed_notice.py" line="67" />
        <source>Call staff</source>
        <translation type="unfinished">Gọi nhân viên</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/card_removed_notice.py" line="68" />
        <source>Call a member of staff for help</source>
        <translation type="unfinished">Gọi nhân viên để được giúp đỡ</translation>
    </message>
</context>
<context>
    <name>EraDateInput</name>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="94" />
        <source>Western (西暦)</source>
        <translation type="unfinished">Dương lịch (西暦)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="95" />
        <source>Western calendar year</source>
        <translation type="unfinished">Năm dương lịch</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="97" />
        <source>Era %1</source>
        <translation type="unfinished">Niên hiệu %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="182" />
        <source>This date does not exist. Please check it.</source>
        <translation type="unfinished">Ngày này không tồn tại. Vui lòng kiểm tra lại.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="190" />
        <source>year</source>
        <translation type="unfinished">năm</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="190" />
        <source>month</source>
        <translation type="unfinished">tháng</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="190" />
        <source>day</source>
        <translation type="unfinished">ngày</translation>
    </message>
</context>
<context>
    <name>IdleWatcher</name>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="69" />
        <source>Are you still there?</source>
        <translation type="unfinished">Bạn vẫn còn đó chứ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="70" />
        <source>I need more time</source>
        <translation type="unfinished">Tôi cần thêm thời gian</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="71" />
        <source>I need more time: extend the session</source>
        <translation type="unfinished">Tôi cần thêm thời gian: kéo dài phiên</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="150" />
        <source>You can ask for more time once more: this is the last time.</source>
        <translation type="unfinished">Bạn có thể xin thêm thời gian một lần nữa: đây là lần cuối.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="152" />
        <source>The time cannot be extended any more. If you need help, please ask a member of staff.</source>
        <translation type="unfinished">Không thể kéo dài thời gian thêm nữa. Nếu cần giúp, xin hãy hỏi nhân viên.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/idle.py" line="146" />
        <source>For your privacy, this screen will be cleared in %n second(s).</source>
        <translation type="unfinished"><numerusform>Để bảo vệ thông tin cá nhân, màn hình sẽ bị xóa sau %n giây.</numerusform></translation>
    </message>
</context>
<context>
    <name>KanaKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="175" />
        <source>Voiced mark (dakuten) on the last letter</source>
        <extracomment>Long-press and flick variants of the keys.</extracomment>
        <translation type="unfinished">Thêm dấu ゛ (dakuten) vào chữ cuối</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="177" />
        <source>Half-voiced mark on the last letter</source>
        <translation type="unfinished">Thêm dấu ゜ vào chữ cuối</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="178" />
        <source>Small</source>
        <translation type="unfinished">Chữ nhỏ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="179" />
        <source>Make the last letter small</source>
        <translation type="unfinished">Chuyển chữ cuối thành chữ nhỏ (ッ, ャ…)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="180" />
        <source>Long vowel mark</source>
        <translation type="unfinished">Dấu kéo dài (ー)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="181" />
        <source>Space</source>
        <translation type="unfinished">Cách</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="182" />
        <source>Space between family and given name</source>
        <translation type="unfinished">Dấu cách giữa họ và tên</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="183" />
        <source>⌫ Delete</source>
        <translation type="unfinished">⌫ Xóa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="184" />
        <source>Delete the last letter</source>
        <translation type="unfinished">Xóa chữ cuối</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="185" />
        <source>What you typed</source>
        <translation type="unfinished">Nội dung đã nhập</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="189" />
        <source>Hold or flick for %1</source>
        <translation type="unfinished">Giữ hoặc vuốt để nhập %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="190" />
        <source>OK</source>
        <translation type="unfinished">OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="191" />
        <source>Confirm what you typed</source>
        <translation type="unfinished">Xác nhận nội dung đã nhập</translation>
    </message>
</context>
<context>
    <name>LatinKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="94" />
        <source>Space</source>
        <translation type="unfinished">Cách</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="95" />
        <source>Space between names</source>
        <translation type="unfinished">Dấu cách giữa các tên</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="96" />
        <source>⌫ Delete</source>
        <translation type="unfinished">⌫ Xóa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="97" />
        <source>Delete the last letter</source>
        <translation type="unfinished">Xóa chữ cuối</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="98" />
        <source>Hyphen</source>
        <translation type="unfinished">Dấu gạch nối</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="99" />
        <source>Apostrophe</source>
        <translation type="unfinished">Dấu nháy</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="100" />
        <source>Comma</source>
        <translation type="unfinished">Dấu phẩy</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="101" />
        <source>What you typed</source>
        <translation type="unfinished">Nội dung đã nhập</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="102" />
        <source>OK</source>
        <translation type="unfinished">OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="103" />
        <source>Confirm what you typed</source>
        <translation type="unfinished">Xác nhận nội dung đã nhập</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="304" />
        <source>Text size</source>
        <translation type="unfinished">Cỡ chữ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="305" />
        <source>Text: normal</source>
        <translation type="unfinished">Chữ: vừa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="305" />
        <source>Large</source>
        <translation type="unfinished">Lớn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="305" />
        <source>Extra large</source>
        <translation type="unfinished">Rất lớn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="307" />
        <source>A</source>
        <translation type="unfinished">A</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="308" />
        <source>Text size: %1</source>
        <translation type="unfinished">Cỡ chữ: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="309" />
        <source>High contrast</source>
        <translation type="unfinished">Tương phản</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="310" />
        <source>High contrast colours on or off</source>
        <translation type="unfinished">Bật hoặc tắt màu tương phản cao</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="311" />
        <source>Voice guide</source>
        <translation type="unfinished">Giọng nói</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="312" />
        <source>Voice guidance on or off</source>
        <translation type="unfinished">Bật hoặc tắt hướng dẫn bằng giọng nói</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="314" />
        <source>Call staff</source>
        <translation type="unfinished">Gọi nhân viên</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="315" />
        <source>Call a member of staff for help</source>
        <translation type="unfinished">Gọi nhân viên để được giúp đỡ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="316" />
        <source>Write-free counter</source>
        <translation type="unfinished">Quầy không cần viết</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="483" />
        <source>%1. Staff menu: this terminal needs attention (hold for two seconds, staff PIN needed)</source>
        <translation type="unfinished">%1. Menu nhân viên: máy này cần được kiểm tra (giữ hai giây, cần mã PIN nhân viên)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="488" />
        <source>%1. Staff menu (hold for two seconds, staff PIN needed)</source>
        <translation type="unfinished">%1. Menu nhân viên (giữ hai giây, cần mã PIN nhân viên)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="495" />
        <source>This terminal needs attention</source>
        <translation type="unfinished">Máy này cần được xử lý</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="496" />
        <source>Tell IT support:</source>
        <translation type="unfinished">Báo cho bộ phận IT:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="497" />
        <source>Continue</source>
        <translation type="unfinished">Tiếp tục</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="497" />
        <source>Back to the kiosk</source>
        <translation type="unfinished">Quay lại máy</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <location filename="../../kiosk/ui/widgets/keypad.py" line="70" />
        <source>⌫ Delete</source>
        <translation type="unfinished">⌫ Xóa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keypad.py" line="71" />
        <source>Delete one digit</source>
        <translation type="unfinished">Xóa một chữ số</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keypad.py" line="72" />
        <source>OK</source>
        <translation type="unfinished">OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keypad.py" line="73" />
        <source>Confirm</source>
        <translation type="unfinished">Xác nhận</translation>
    </message>
</context>
<context>
    <name>PrintJobsMenu</name>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="78" />
        <source>Print jobs waiting on this kiosk</source>
        <translation type="unfinished">Lệnh in đang chờ trên máy này</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="79" />
        <source>Failed print jobs of this kiosk</source>
        <translation type="unfinished">Lệnh in bị lỗi của máy này</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="80" />
        <source>Retry</source>
        <translation type="unfinished">Thử lại</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="81" />
        <source>Send the selected job to the printer again</source>
        <translation type="unfinished">Gửi lại lệnh đã chọn đến máy in</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="82" />
        <source>Discard</source>
        <translation type="unfinished">Hủy bỏ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="83" />
        <source>Delete the selected job</source>
        <translation type="unfinished">Xóa lệnh đã chọn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="84" />
        <source>Close the kiosk</source>
        <translation type="unfinished">Đóng máy</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="85" />
        <source>Close the kiosk now</source>
        <translation type="unfinished">Đóng máy ngay</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="86" />
        <source>Back</source>
        <translation type="unfinished">Quay lại</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="87" />
        <source>Back to the kiosk</source>
        <translation type="unfinished">Quay lại máy</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="109" />
        <source>Visit …%1 · %2 min ago · %3 · %4 attempt(s)</source>
        <translation type="unfinished">Lượt đến …%1 · %2 phút trước · %3 · %4 lần thử</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="118" />
        <source>No print job is waiting.</source>
        <translation type="unfinished">Không có lệnh in nào đang chờ.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="143" />
        <source>Printing…</source>
        <translation type="unfinished">Đang in…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="145" />
        <source>Printed.</source>
        <translation type="unfinished">Đã in.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="147" />
        <source>Not printed: %1.</source>
        <translation type="unfinished">Không in được: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="154" />
        <source>Discarded. A clerk can still reprint the visit's forms.</source>
        <translation type="unfinished">Đã hủy bỏ. Nhân viên quầy vẫn có thể in lại giấy tờ của lượt đến.</translation>
    </message>
</context>
<context>
    <name>StaffPinPrompt</name>
    <message>
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="65" />
        <source>Staff only: enter the staff PIN</source>
        <translation type="unfinished">Chỉ dành cho nhân viên: nhập mã PIN nhân viên</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="66" />
        <source>Cancel</source>
        <translation type="unfinished">Hủy</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="67" />
        <source>Cancel staff PIN entry</source>
        <translation type="unfinished">Hủy nhập mã PIN nhân viên</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="68" />
        <source>Digits entered</source>
        <translation type="unfinished">Số chữ số đã nhập</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="75" />
        <source>No staff PIN is set on this terminal: IT staff set one with `kiosk config set-staff-pin`.</source>
        <translation type="unfinished">Máy này chưa đặt mã PIN nhân viên: bộ phận IT đặt bằng `kiosk config set-staff-pin`.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="99" />
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation type="unfinished"><numerusform>Sai mã PIN quá nhiều lần. Hãy thử lại sau %n giây.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="114" />
        <source>Wrong PIN. %n try(s) left before the lock-out.</source>
        <translation type="unfinished"><numerusform>Sai mã PIN. Còn %n lần thử trước khi bị khóa.</numerusform></translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="46" />
        <source>Identification</source>
        <translation type="unfinished">Xác nhận danh tính</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="46" />
        <source>Choose the procedure</source>
        <translation type="unfinished">Chọn thủ tục</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="47" />
        <source>Questions</source>
        <translation type="unfinished">Câu hỏi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="47" />
        <source>Check</source>
        <translation type="unfinished">Kiểm tra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="47" />
        <source>Print</source>
        <translation type="unfinished">In</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="70" />
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished">Bước %1/%2: %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="72" />
        <source> (you are here)</source>
        <translation type="unfinished"> (bạn đang ở đây)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="73" />
        <source>Steps of your visit</source>
        <translation type="unfinished">Các bước của bạn hôm nay</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="83" />
        <source>Welcome to the town hall</source>
        <translation type="unfinished">Chào mừng bạn đến tòa thị chính</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="85" />
        <source>No forms to fill in by hand: answer a few questions and we print everything for you.</source>
        <translation type="unfinished">Không cần tự tay điền giấy tờ: chỉ cần trả lời vài câu hỏi, chúng tôi sẽ in tất cả cho bạn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="88" />
        <location filename="../../kiosk/ui/screens/welcome.py" line="89" />
        <source>Start with my My Number card</source>
        <translation type="unfinished">Bắt đầu với thẻ My Number</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="90" />
        <location filename="../../kiosk/ui/screens/welcome.py" line="91" />
        <source>Start without a card</source>
        <translation type="unfinished">Bắt đầu không cần thẻ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="92" />
        <source>I answered at home</source>
        <translation type="unfinished">Tôi đã trả lời ở nhà</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="94" />
        <source>I answered at home: scan my QR code</source>
        <translation type="unfinished">Tôi đã trả lời ở nhà: quét mã QR của tôi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="96" />
        <source>Need help? Tap “Call staff” at the top right at any time.</source>
        <translation type="unfinished">Cần giúp đỡ? Hãy nhấn “Gọi nhân viên” ở góc trên bên phải bất cứ lúc nào.</translation>
    </message>
</context>
</TS>