<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>StartErrorWindow</name>
    <message>
        <location filename="../../kiosk/ui/startup/error_window.py" line="90"/>
        <location filename="../../kiosk/ui/startup/error_window.py" line="91"/>
        <location filename="../../kiosk/ui/startup/error_window.py" line="97"/>
        <source>This terminal cannot start</source>
        <translation type="unfinished">Máy này không khởi động được</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/startup/error_window.py" line="93"/>
        <source>Residents cannot use it until this is fixed. Ask the IT staff to fix it, then press Try again.</source>
        <translation type="unfinished">Người dân không thể dùng máy cho đến khi sửa xong. Hãy nhờ bộ phận IT sửa, rồi nhấn Thử lại.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/startup/error_window.py" line="95"/>
        <location filename="../../kiosk/ui/startup/error_window.py" line="99"/>
        <source>Try again</source>
        <translation type="unfinished">Thử lại</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/startup/error_window.py" line="96"/>
        <location filename="../../kiosk/ui/startup/error_window.py" line="100"/>
        <source>Close</source>
        <translation type="unfinished">Đóng</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/startup/error_window.py" line="98"/>
        <source>What is wrong</source>
        <translation type="unfinished">Lỗi là gì</translation>
    </message>
</context>
</TS>
