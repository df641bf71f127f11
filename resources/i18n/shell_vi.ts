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
    <name>EraDateInput</name>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="92" />
        <source>Western (西暦)</source>
        <translation type="unfinished">Dương lịch (西暦)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="93" />
        <source>Western calendar year</source>
        <translation type="unfinished">Năm dương lịch</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="95" />
        <source>Era %1</source>
        <translation type="unfinished">Niên hiệu %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="180" />
        <source>This date does not exist. Please check it.</source>
        <translation type="unfinished">Ngày này không tồn tại. Vui lòng kiểm tra lại.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="188" />
        <source>year</source>
        <translation type="unfinished">năm</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="188" />
        <source>month</source>
        <translation type="unfinished">tháng</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="188" />
        <source>day</source>
        <translation type="unfinished">ngày</translation>
    </message>
</context>
<context>
    <name>IdleWatcher</name>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="53" />
        <source>Are you still there?</source>
        <translation type="unfinished">Bạn vẫn còn đó chứ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="54" />
        <source>Yes, continue</source>
        <translation type="unfinished">Có, tiếp tục</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="55" />
        <source>Continue the session</source>
        <translation type="unfinished">Tiếp tục phiên làm việc</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/idle.py" line="105" />
        <source>For your privacy, this screen will be cleared in %n second(s).</source>
        <translation type="unfinished"><numerusform>Để bảo vệ thông tin cá nhân, màn hình sẽ bị xóa sau %n giây.</numerusform></translation>
    </message>
</context>
<context>
    <name>KanaKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="139" />
        <source>Voiced mark (dakuten) on the last letter</source>
        <translation type="unfinished">Thêm dấu ゛ (dakuten) vào chữ cuối</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="141" />
        <source>Half-voiced mark on the last letter</source>
        <translation type="unfinished">Thêm dấu ゜ vào chữ cuối</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="142" />
        <source>Small</source>
        <translation type="unfinished">Nhỏ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="143" />
        <source>Make the last letter small</source>
        <translation type="unfinished">Chuyển chữ cuối thành chữ nhỏ (ッ, ャ…)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="144" />
        <source>Long vowel mark</source>
        <translation type="unfinished">Dấu kéo dài (ー)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="145" />
        <source>Space</source>
        <translation type="unfinished">Cách</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="146" />
        <source>Space between family and given name</source>
        <translation type="unfinished">Dấu cách giữa họ và tên</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="147" />
        <source>⌫ Delete</source>
        <translation type="unfinished">⌫ Xóa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="148" />
        <source>Delete the last letter</source>
        <translation type="unfinished">Xóa chữ cuối</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="149" />
        <source>What you typed</source>
        <translation type="unfinished">Nội dung đã nhập</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="150" />
        <source>OK</source>
        <translation type="unfinished">OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="151" />
        <source>Confirm what you typed</source>
        <translation type="unfinished">Xác nhận nội dung đã nhập</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="235" />
        <source>Text: normal</source>
        <translation type="unfinished">Chữ: vừa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="235" />
        <source>Large</source>
        <translation type="unfinished">Lớn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="235" />
        <source>Extra large</source>
        <translation type="unfinished">Rất lớn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="238" />
        <source>Text size: %1</source>
        <translation type="unfinished">Cỡ chữ: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="239" />
        <source>High contrast</source>
        <translation type="unfinished">Tương phản</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="240" />
        <source>High contrast colours on or off</source>
        <translation type="unfinished">Bật hoặc tắt màu tương phản cao</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="242" />
        <source>Call staff</source>
        <translation type="unfinished">Gọi nhân viên</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="243" />
        <source>Call a member of staff for help</source>
        <translation type="unfinished">Gọi nhân viên để được giúp đỡ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="244" />
        <source>Write-free counter</source>
        <translation type="unfinished">Quầy không cần viết</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="400" />
        <location filename="../../kiosk/ui/main_window.py" line="404" />
        <source>Staff</source>
        <translation type="unfinished">Nhân viên</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="402" />
        <source>Staff menu: this terminal needs attention (staff PIN needed)</source>
        <translation type="unfinished">Menu nhân viên: máy này cần được xử lý (cần mã PIN nhân viên)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="405" />
        <source>Staff menu (staff PIN needed)</source>
        <translation type="unfinished">Menu nhân viên (cần mã PIN nhân viên)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="412" />
        <source>This terminal needs attention</source>
        <translation type="unfinished">Máy này cần được xử lý</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="413" />
        <source>Tell IT support:</source>
        <translation type="unfinished">Báo cho bộ phận IT:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="414" />
        <source>Continue</source>
        <translation type="unfinished">Tiếp tục</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="414" />
        <source>Back to the kiosk</source>
        <translation type="unfinished">Quay lại máy</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <location filename="../../kiosk/ui/widgets/keypad.py" line="69" />
        <source>⌫ Delete</source>
        <translation type="unfinished">⌫ Xóa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keypad.py" line="70" />
        <source>Delete one digit</source>
        <translation type="unfinished">Xóa một chữ số</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keypad.py" line="71" />
        <source>OK</source>
        <translation type="unfinished">OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keypad.py" line="72" />
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
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="50" />
        <source>Staff only: enter the staff PIN</source>
        <translation type="unfinished">Chỉ dành cho nhân viên: nhập mã PIN nhân viên</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="51" />
        <source>Cancel</source>
        <translation type="unfinished">Hủy</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="52" />
        <source>Cancel staff PIN entry</source>
        <translation type="unfinished">Hủy nhập mã PIN nhân viên</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="53" />
        <source>Digits entered</source>
        <translation type="unfinished">Số chữ số đã nhập</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="60" />
        <source>No staff PIN is set on this terminal: IT staff set one with `kiosk config set-staff-pin`.</source>
        <translation type="unfinished">Máy này chưa đặt mã PIN nhân viên: bộ phận IT đặt bằng `kiosk config set-staff-pin`.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="84" />
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation type="unfinished"><numerusform>Sai mã PIN quá nhiều lần. Hãy thử lại sau %n giây.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="99" />
        <source>Wrong PIN. %n try(s) left before the lock-out.</source>
        <translation type="unfinished"><numerusform>Sai mã PIN. Còn %n lần thử trước khi bị khóa.</numerusform></translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="82" />
        <source>Welcome to the town hall</source>
        <translation type="unfinished">Chào mừng bạn đến tòa thị chính</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="84" />
        <source>No forms to fill in by hand: answer a few questions and we print everything for you.</source>
        <translation type="unfinished">Không cần tự tay điền giấy tờ: chỉ cần trả lời vài câu hỏi, chúng tôi sẽ in tất cả cho bạn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="87" />
        <location filename="../../kiosk/ui/screens/welcome.py" line="88" />
        <source>Start with my My Number card</source>
        <translation type="unfinished">Bắt đầu với thẻ My Number</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="89" />
        <location filename="../../kiosk/ui/screens/welcome.py" line="90" />
        <source>Start without a card</source>
        <translation type="unfinished">Bắt đầu không cần thẻ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="91" />
        <source>I answered at home</source>
        <translation type="unfinished">Tôi đã trả lời ở nhà</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="93" />
        <source>I answered at home: scan my QR code</source>
        <translation type="unfinished">Tôi đã trả lời ở nhà: quét mã QR của tôi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="95" />
        <source>Need help? Tap “Call staff” at the top right at any time.</source>
        <translation type="unfinished">Cần giúp đỡ? Hãy nhấn “Gọi nhân viên” ở góc trên bên phải bất cứ lúc nào.</translation>
    </message>
</context>
</TS>