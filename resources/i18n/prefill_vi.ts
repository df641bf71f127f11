<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
  <context>
    <name>Prefill</name>
    <message>
      <source>This code could not be read completely; please show the whole code again, or ask the staff.</source>
      <translation type="unfinished">Không đọc được toàn bộ mã; vui lòng đưa lại toàn bộ mã, hoặc hỏi nhân viên.</translation>
    </message>
    <message>
      <source>This code was changed after it was made, so it cannot be used; please make a new code at home, or ask the staff.</source>
      <translation type="unfinished">Mã này đã bị thay đổi sau khi tạo nên không dùng được; vui lòng tạo mã mới ở nhà, hoặc hỏi nhân viên.</translation>
    </message>
    <message>
      <source>This code was not made on this town's pre-application site; please make a new code on the town's site, or ask the staff.</source>
      <translation type="unfinished">Mã này không được tạo trên trang đăng ký trước của thị trấn; vui lòng tạo mã mới trên trang của thị trấn, hoặc hỏi nhân viên.</translation>
    </message>
    <message>
      <source>This code has expired; please make a new code at home, or ask the staff.</source>
      <translation type="unfinished">Mã này đã hết hạn; vui lòng tạo mã mới ở nhà, hoặc hỏi nhân viên.</translation>
    </message>
    <message>
      <source>This code was made with newer questions than this kiosk knows; please ask the staff.</source>
      <translation type="unfinished">Mã này được tạo với bộ câu hỏi mới hơn máy này; vui lòng hỏi nhân viên.</translation>
    </message>
    <message>
      <source>The questions have changed since this code was made; please make a new code at home, or ask the staff.</source>
      <translation type="unfinished">Câu hỏi đã thay đổi từ khi tạo mã này; vui lòng tạo mã mới ở nhà, hoặc hỏi nhân viên.</translation>
    </message>
    <message>
      <source>Pre-application code</source>
      <translation type="unfinished">Mã đăng ký trước</translation>
    </message>
    <message>
      <source>Show this code at the town hall's kiosk, then place your My Number card on the reader.</source>
      <translation type="unfinished">Hãy đưa mã này vào máy tại tòa thị chính, rồi đặt thẻ My Number (マイナンバーカード) lên đầu đọc.</translation>
    </message>
    <message>
      <source>Valid until {date}.</source>
      <translation type="unfinished">Có hiệu lực đến {date}.</translation>
    </message>
  </context>
</TS>
