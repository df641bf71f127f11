<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
  <context>
    <name>WaitingDisplay</name>
    <message>
      <source>Ticket {ticket}, please come to {counter}.</source>
      <translation type="unfinished">Số {ticket}, xin mời đến {counter}.</translation>
    </message>
    <message>
      <source>Now calling</source>
      <translation type="unfinished">Đang gọi số</translation>
    </message>
    <message>
      <source>Waiting at each counter</source>
      <translation type="unfinished">Tình trạng chờ tại mỗi quầy</translation>
    </message>
    <message>
      <source>As of {time}</source>
      <translation type="unfinished">Tính đến {time}</translation>
    </message>
    <message>
      <source>Please come</source>
      <translation type="unfinished">Xin mời đến quầy</translation>
    </message>
    <message>
      <source>Being served</source>
      <translation type="unfinished">Đang phục vụ</translation>
    </message>
    <message>
      <source>No estimate yet</source>
      <translation type="unfinished">Chưa có ước tính</translation>
    </message>
    <message>
      <source>About {minutes} min</source>
      <translation type="unfinished">Khoảng {minutes} phút</translation>
    </message>
    <message>
      <source>{count} waiting</source>
      <translation type="unfinished">{count} người đang chờ</translation>
    </message>
    <message>
      <source>Staff requested at: {terminals}</source>
      <translation type="unfinished">Đang gọi nhân viên tại: {terminals}</translation>
    </message>
    <message>
      <source>{terminal} ({minutes} min)</source>
      <translation type="unfinished">{terminal} ({minutes} phút)</translation>
    </message>
    <message>
      <source>, </source>
      <translation type="unfinished">, </translation>
    </message>
    <message>
      <source>No ticket is being called.</source>
      <translation type="unfinished">Hiện không gọi số nào.</translation>
    </message>
    <message>
      <source>The board is not up to date; staff are informed.</source>
      <translation type="unfinished">Bảng hiển thị chưa được cập nhật; nhân viên đã được báo.</translation>
    </message>
    <message>
      <source>Waiting status</source>
      <translation type="unfinished">Tình trạng chờ</translation>
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished">Ngôn ngữ</translation>
    </message>
    <message>
      <source>Counter</source>
      <translation type="unfinished">Quầy</translation>
    </message>
    <message>
      <source>Ticket</source>
      <translation type="unfinished">Số thứ tự</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation type="unfinished">Đang chờ</translation>
    </message>
    <message>
      <source>Estimated wait</source>
      <translation type="unfinished">Thời gian chờ dự kiến</translation>
    </message>
    <message>
      <source>This page refreshes by itself every 30 seconds. Please come back to the waiting area when your number is near.</source>
      <translation type="unfinished">Trang này tự làm mới mỗi 30 giây. Khi gần đến số của bạn, vui lòng quay lại khu vực chờ.</translation>
    </message>
    <message>
      <source>The waiting status is not available right now.</source>
      <translation type="unfinished">Hiện không xem được tình trạng chờ.</translation>
    </message>
  </context>
  <context>
    <name>GuideSheet</name>
    <message>
      <source>Waiting status (see it on your phone)</source>
      <translation type="unfinished">Tình trạng chờ (xem trên điện thoại)</translation>
    </message>
  </context>
</TS>
