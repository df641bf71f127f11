<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh" sourcelanguage="en">
<context>
    <name>StartErrorWindow</name>
    <message>
        <location filename="../../kiosk/ui/startup/error_window.py" line="90"/>
        <location filename="../../kiosk/ui/startup/error_window.py" line="91"/>
        <location filename="../../kiosk/ui/startup/error_window.py" line="97"/>
        <source>This terminal cannot start</source>
        <translation type="unfinished">此终端无法启动</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/startup/error_window.py" line="93"/>
        <source>Residents cannot use it until this is fixed. Ask the IT staff to fix it, then press Try again.</source>
        <translation type="unfinished">修复之前居民无法使用。请让信息系统负责人修复后，按“重试”。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/startup/error_window.py" line="95"/>
        <location filename="../../kiosk/ui/startup/error_window.py" line="99"/>
        <source>Try again</source>
        <translation type="unfinished">重试</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/startup/error_window.py" line="96"/>
        <location filename="../../kiosk/ui/startup/error_window.py" line="100"/>
        <source>Close</source>
        <translation type="unfinished">关闭</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/startup/error_window.py" line="98"/>
        <source>What is wrong</source>
        <translation type="unfinished">无法启动的原因</translation>
    </message>
</context>
</TS>
