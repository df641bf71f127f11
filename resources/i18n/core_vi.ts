<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
  <context>
    <name>CardError</name>
    <message>
      <source>The card did not answer. Please take it off the reader, put it back and try again. If it happens again, please ask the staff.</source>
      <translation type="unfinished">Thẻ không phản hồi. Vui lòng lấy thẻ ra khỏi đầu đọc, đặt lại và thử lần nữa. Nếu vẫn bị như vậy, vui lòng hỏi nhân viên.</translation>
    </message>
    <message>
      <source>The data on the card could not be read correctly. Please ask the staff.</source>
      <translation type="unfinished">Không đọc đúng được dữ liệu trên thẻ. Vui lòng hỏi nhân viên.</translation>
    </message>
    <message>
      <source>The card could not be read. Please ask the staff.</source>
      <translation type="unfinished">Không đọc được thẻ. Vui lòng hỏi nhân viên.</translation>
    </message>
    <message>
      <source>The card was removed while it was being read. Please put it back and try again.</source>
      <translation type="unfinished">Thẻ đã bị lấy ra trong khi đang đọc. Vui lòng đặt lại thẻ và thử lần nữa.</translation>
    </message>
    <message>
      <source>The PIN is 4 digits. Please enter 4 digits.</source>
      <translation type="unfinished">Mã PIN gồm 4 chữ số. Vui lòng nhập 4 chữ số.</translation>
    </message>
    <message>
      <source>Only one PIN try is left. If it is wrong, the card locks. Please confirm, or ask the staff for help.</source>
      <translation type="unfinished">Chỉ còn một lần nhập mã PIN. Nếu sai, thẻ sẽ bị khóa. Vui lòng kiểm tra kỹ, hoặc nhờ nhân viên giúp.</translation>
    </message>
    <message>
      <source>Please put your My Number card on the reader.</source>
      <translation type="unfinished">Vui lòng đặt thẻ My Number (マイナンバーカード) lên đầu đọc thẻ.</translation>
    </message>
    <message>
      <source>No card reader is connected. Please ask the staff.</source>
      <translation type="unfinished">Chưa kết nối đầu đọc thẻ. Vui lòng hỏi nhân viên.</translation>
    </message>
    <message>
      <source>This is not a My Number card. Please use your My Number card.</source>
      <translation type="unfinished">Đây không phải là thẻ My Number. Vui lòng dùng thẻ My Number (マイナンバーカード).</translation>
    </message>
    <message>
      <source>This card's PIN is locked. Staff can help; the lock can only be reset at the Resident Affairs counter (住民課).</source>
      <translation type="unfinished">Mã PIN của thẻ này đã bị khóa. Nhân viên có thể giúp bạn; chỉ quầy Ban Dân cư (住民課) mới mở khóa được.</translation>
    </message>
    <message>
      <source>The card reader is not working. Please ask the staff.</source>
      <translation type="unfinished">Đầu đọc thẻ không hoạt động. Vui lòng hỏi nhân viên.</translation>
    </message>
    <message>
      <source>The card reader was disconnected. Please ask the staff.</source>
      <translation type="unfinished">Đầu đọc thẻ đã bị ngắt kết nối. Vui lòng hỏi nhân viên.</translation>
    </message>
    <message>
      <source>The PIN is wrong. 1 try left. If you are not sure of your PIN, please ask the staff.</source>
      <translation type="unfinished">Mã PIN sai. Còn 1 lần thử. Nếu không chắc chắn về mã PIN, vui lòng hỏi nhân viên.</translation>
    </message>
    <message>
      <source>The PIN is wrong. %1 tries left.</source>
      <translation type="unfinished">Mã PIN sai. Còn %1 lần thử.</translation>
    </message>
  </context>
  <context>
    <name>Sex</name>
    <message>
      <source>Male</source>
      <translation type="unfinished">Nam</translation>
    </message>
    <message>
      <source>Female</source>
      <translation type="unfinished">Nữ</translation>
    </message>
    <message>
      <source>Not stated</source>
      <translation type="unfinished">Không ghi</translation>
    </message>
  </context>
  <context>
    <name>Relation</name>
    <message>
      <source>Wife</source>
      <translation type="unfinished">Vợ</translation>
    </message>
    <message>
      <source>Husband</source>
      <translation type="unfinished">Chồng</translation>
    </message>
    <message>
      <source>Child</source>
      <translation type="unfinished">Con</translation>
    </message>
    <message>
      <source>Father</source>
      <translation type="unfinished">Bố</translation>
    </message>
    <message>
      <source>Mother</source>
      <translation type="unfinished">Mẹ</translation>
    </message>
    <message>
      <source>Grandfather</source>
      <translation type="unfinished">Ông</translation>
    </message>
    <message>
      <source>Grandmother</source>
      <translation type="unfinished">Bà</translation>
    </message>
    <message>
      <source>Brother or sister</source>
      <translation type="unfinished">Anh chị em</translation>
    </message>
    <message>
      <source>Grandchild</source>
      <translation type="unfinished">Cháu</translation>
    </message>
    <message>
      <source>Other</source>
      <translation type="unfinished">Khác</translation>
    </message>
  </context>
  <context>
    <name>GuideSheet</name>
    <message>
      <source>Guide sheet</source>
      <translation type="unfinished">Phiếu hướng dẫn</translation>
    </message>
    <message>
      <source>Guide sheet (continued)</source>
      <translation type="unfinished">Phiếu hướng dẫn (tiếp theo)</translation>
    </message>
    <message>
      <source>Ticket number</source>
      <translation type="unfinished">Số thứ tự</translation>
    </message>
    <message>
      <source>Date: %1</source>
      <translation type="unfinished">Ngày: %1</translation>
    </message>
    <message>
      <source>Procedures for %1</source>
      <translation type="unfinished">Thủ tục %1</translation>
    </message>
    <message>
      <source>Procedures for %1 (%2)</source>
      <translation type="unfinished">Thủ tục %1 (%2)</translation>
    </message>
    <message>
      <source>Please go to the counters in this order. At each counter, hand in this sheet and the filled-in forms.</source>
      <translation type="unfinished">Vui lòng đến các quầy theo thứ tự này. Tại mỗi quầy, hãy nộp phiếu này và các giấy tờ đã điền sẵn.</translation>
    </message>
    <message>
      <source>Bring: %1</source>
      <translation type="unfinished">Mang theo: %1</translation>
    </message>
    <message>
      <source>Fee: %1</source>
      <translation type="unfinished">Lệ phí: %1</translation>
    </message>
    <message>
      <source>Deadline: %1</source>
      <translation type="unfinished">Thời hạn: %1</translation>
    </message>
    <message>
      <source>Check at the counter: you answered “I don't know”, so the form is printed in case it is needed.</source>
      <translation type="unfinished">Hãy hỏi tại quầy: bạn đã trả lời “Tôi không biết”, nên mẫu đơn được in phòng khi cần.</translation>
    </message>
    <message>
      <source>, </source>
      <translation type="unfinished">, </translation>
    </message>
    <message>
      <source>Things to bring (summary)</source>
      <translation type="unfinished">Những thứ cần mang theo (tóm tắt)</translation>
    </message>
    <message>
      <source>Filled-in forms: %1 (bound after this guide sheet)</source>
      <translation type="unfinished">Giấy tờ đã điền sẵn: %1 (đóng kèm sau phiếu hướng dẫn này)</translation>
    </message>
  </context>
  <context>
    <name>Language</name>
    <message>
      <source>English</source>
      <translation type="unfinished">Tiếng Việt</translation>
    </message>
    <message>
      <source>Switch to English</source>
      <translation type="unfinished">Chuyển sang tiếng Việt</translation>
    </message>
    <message>
      <source>Choose a language</source>
      <translation type="unfinished">Chọn ngôn ngữ</translation>
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished">Ngôn ngữ</translation>
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished">Đóng</translation>
    </message>
  </context>
  <context>
    <name>Statistics</name>
    <message>
      <source>Time at the town hall</source>
      <translation type="unfinished">Thời gian tại tòa thị chính</translation>
    </message>
    <message>
      <source>Time at the kiosk</source>
      <translation type="unfinished">Thời gian tại máy</translation>
    </message>
    <message>
      <source>Waiting at counters</source>
      <translation type="unfinished">Chờ tại quầy</translation>
    </message>
    <message>
      <source>Served at counters</source>
      <translation type="unfinished">Được phục vụ tại quầy</translation>
    </message>
    <message>
      <source>Day</source>
      <translation type="unfinished">Ngày</translation>
    </message>
    <message>
      <source>Week</source>
      <translation type="unfinished">Tuần</translation>
    </message>
    <message>
      <source>Life event</source>
      <translation type="unfinished">Sự kiện</translation>
    </message>
    <message>
      <source>Counter</source>
      <translation type="unfinished">Quầy</translation>
    </message>
    <message>
      <source>Hour of day</source>
      <translation type="unfinished">Giờ trong ngày</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation type="unfinished">Cách tiếp nhận</translation>
    </message>
    <message>
      <source>My Number card</source>
      <translation type="unfinished">Thẻ My Number</translation>
    </message>
    <message>
      <source>Typed in</source>
      <translation type="unfinished">Nhập tay</translation>
    </message>
    <message>
      <source>Pre-application</source>
      <translation type="unfinished">Đăng ký trước</translation>
    </message>
    <message>
      <source>Walk-in (no kiosk)</source>
      <translation type="unfinished">Đến thẳng quầy (không dùng máy)</translation>
    </message>
    <message>
      <source>Not yet identified</source>
      <translation type="unfinished">Chưa xác minh danh tính</translation>
    </message>
    <message>
      <source>median / mean / 90%, min</source>
      <translation type="unfinished">trung vị / trung bình / 90%, phút</translation>
    </message>
    <message>
      <source>median, min</source>
      <translation type="unfinished">trung vị, phút</translation>
    </message>
    <message>
      <source>Table</source>
      <translation type="unfinished">Bảng</translation>
    </message>
    <message>
      <source>Category</source>
      <translation type="unfinished">Phân loại</translation>
    </message>
    <message>
      <source>Figure</source>
      <translation type="unfinished">Chỉ số</translation>
    </message>
    <message>
      <source>Count</source>
      <translation type="unfinished">Số lượng</translation>
    </message>
    <message>
      <source>Mean (min)</source>
      <translation type="unfinished">Trung bình (phút)</translation>
    </message>
    <message>
      <source>Median (min)</source>
      <translation type="unfinished">Trung vị (phút)</translation>
    </message>
    <message>
      <source>90th percentile (min)</source>
      <translation type="unfinished">Phân vị 90 (phút)</translation>
    </message>
    <message>
      <source>%1 by %2</source>
      <translation type="unfinished">%1 theo %2</translation>
    </message>
    <message>
      <source>%1:00</source>
      <translation type="unfinished">%1:00</translation>
    </message>
    <message>
      <source>Visits</source>
      <translation type="unfinished">Lượt đến</translation>
    </message>
    <message>
      <source>%1, median (min)</source>
      <translation type="unfinished">%1, trung vị (phút)</translation>
    </message>
    <message>
      <source>%1, 90th percentile (min)</source>
      <translation type="unfinished">%1, phân vị 90 (phút)</translation>
    </message>
    <message>
      <source>Before the system, mean (min)</source>
      <translation type="unfinished">Trước khi có hệ thống, trung bình (phút)</translation>
    </message>
    <message>
      <source>Now, mean (min)</source>
      <translation type="unfinished">Hiện nay, trung bình (phút)</translation>
    </message>
    <message>
      <source>Target −60%, mean (min)</source>
      <translation type="unfinished">Mục tiêu −60%, trung bình (phút)</translation>
    </message>
    <message>
      <source>Reduction</source>
      <translation type="unfinished">Mức giảm</translation>
    </message>
    <message>
      <source>Progress toward −60%</source>
      <translation type="unfinished">Tiến độ đến −60%</translation>
    </message>
    <message>
      <source>Time at the kiosk and at the town hall by channel</source>
      <translation type="unfinished">Thời gian tại máy và tại tòa thị chính theo cách tiếp nhận</translation>
    </message>
    <message>
      <source>Channels compared</source>
      <translation type="unfinished">So sánh các cách tiếp nhận</translation>
    </message>
    <message>
      <source>Median by channel (min)</source>
      <translation type="unfinished">Trung vị theo cách tiếp nhận (phút)</translation>
    </message>
    <message>
      <source>Baseline</source>
      <translation type="unfinished">Mức cơ sở</translation>
    </message>
    <message>
      <source>%1: visits</source>
      <translation type="unfinished">%1: lượt đến</translation>
    </message>
  </context>
  <context>
    <name>CoreLink</name>
    <message>
      <source>We could not check the town's records. Please go on and enter the details.</source>
      <translation type="unfinished">Không kiểm tra được hồ sơ của thị trấn. Vui lòng tiếp tục và nhập thông tin.</translation>
    </message>
  </context>
  <context>
    <name>Voice</name>
    <message>
      <source>Voice guidance is on.</source>
      <translation type="unfinished">Đã bật hướng dẫn bằng giọng nói.</translation>
    </message>
    <message>
      <source>Voice guidance is off.</source>
      <translation type="unfinished">Đã tắt hướng dẫn bằng giọng nói.</translation>
    </message>
    <message>
      <source>%1 digits entered</source>
      <translation type="unfinished">Đã nhập %1 chữ số</translation>
    </message>
    <message>
      <source>Number key</source>
      <translation type="unfinished">Phím số</translation>
    </message>
  </context>
</TS>